package org.redline.diff;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A merge or split that ties a point to other points, beside its change class (which stays about the
 * point's own key).
 *
 * @param kind see {@link Kind}
 * @param note the relation in words, with numbers where they are known: "merged with 10"
 */
public record PointRelation(Kind kind, List<String> keys, String note) {

    /** How the point is tied to {@code keys}. */
    public enum Kind {
        /** This point absorbs {@code keys}. */
        MERGED("merged"),
        /** This point lives on inside {@code keys}. */
        MERGED_INTO("merged-into"),
        /** This point was split off {@code keys}. */
        SPLIT_FROM("split-from"),
        /** Part of this point goes on as {@code keys}. */
        SPLIT_INTO("split-into");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** As the API writes it. */
        @JsonValue
        public String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    public PointRelation {
        keys = List.copyOf(keys);
    }
}
