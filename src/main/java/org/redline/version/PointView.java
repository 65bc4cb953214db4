package org.redline.version;

import java.util.List;

/**
 * A point as one version holds it. {@code listed} is false for points the draft did not mention and
 * that the version carries over from its base as unknown (partial draft) or removed (full draft).
 * {@code mergedFrom} and {@code splitFrom} say which other points of the base this one continues
 * (see {@link DraftPoint}), so lineage survives merges and splits.
 */
public record PointView(
        String key,
        String number,
        String category,
        String text,
        PointStatus status,
        boolean listed,
        List<String> sourceRefs,
        String note,
        int position,
        List<String> mergedFrom,
        String splitFrom) {

    public PointView {
        sourceRefs = sourceRefs == null ? List.of() : List.copyOf(sourceRefs);
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
    }

    /** A point that continues at most one point of its base. */
    public PointView(String key, String number, String category, String text, PointStatus status, boolean listed,
            List<String> sourceRefs, String note, int position) {
        this(key, number, category, text, status, listed, sourceRefs, note, position, List.of(), null);
    }
}
