package org.redline.diff;

import java.util.List;

/**
 * A merge or split that ties a point to other points, beside its change class (which stays about the
 * point's own key).
 *
 * @param kind {@code merged} (this point absorbs {@code keys}), {@code merged-into} (this point lives on
 *     inside {@code keys}), {@code split-from} (this point was split off {@code keys}) or
 *     {@code split-into} (part of this point goes on as {@code keys})
 * @param note the relation in words, with numbers where they are known: "merged with 10"
 */
public record PointRelation(String kind, List<String> keys, String note) {
    public static final String MERGED = "merged";
    public static final String MERGED_INTO = "merged-into";
    public static final String SPLIT_FROM = "split-from";
    public static final String SPLIT_INTO = "split-into";

    public PointRelation {
        keys = List.copyOf(keys);
    }
}
