package org.redline.diff;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A run of a word-level text diff. */
public record TextSegment(Kind kind, String text) {

    /** What the run is: in both texts, only in the earlier one, only in the later one. */
    public enum Kind {
        EQUAL, DELETED, INSERTED;

        /** As the API writes it ({@code equal}, {@code deleted}, {@code inserted}) and pages style it. */
        @JsonValue
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
