package org.redline.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.redline.version.ChangeKind;
import org.redline.version.PointView;

/**
 * How one point differs between two versions.
 *
 * @param segments word-level diff of the text; empty when the text is equal or missing on a side
 * @param coarse true when the text diff was too costly to compute word by word and shows the whole
 *     changed span as deleted and inserted instead
 * @param relations merges and splits that tie this point to others; empty for most points
 */
public record PointDiff(
        String key, ChangeKind change, PointView before, PointView after,
        List<FieldChange> fields, List<TextSegment> segments, boolean coarse, List<PointRelation> relations) {

    public PointDiff {
        relations = relations == null || relations.isEmpty() ? List.of() : List.copyOf(relations);
    }

    /** The same diff, tied to other points by merges or splits. */
    PointDiff related(List<PointRelation> relations) {
        return new PointDiff(key, change, before, after, fields, segments, coarse, relations);
    }

    /** Renumbered points read as {@code 6 → 4}; in the JSON too, where readers look for it. */
    @JsonProperty("numberLabel")
    public String numberLabel() {
        var from = before == null ? null : before.number();
        var to = after == null ? null : after.number();
        if (from != null && to != null && !from.equals(to)) {
            return from + " → " + to;
        }
        return to != null ? to : from;
    }

    @JsonProperty("category")
    public String category() {
        if (after != null && after.category() != null) {
            return after.category();
        }
        return before == null ? null : before.category();
    }
}
