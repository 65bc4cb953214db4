package org.redline.version;

import java.util.List;

/**
 * A point as one version holds it. {@code listed} is false for points the draft did not mention and
 * that the version carries over from its base as unknown (partial draft) or removed (full draft).
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
        int position) {

    public PointView {
        sourceRefs = sourceRefs == null ? List.of() : List.copyOf(sourceRefs);
    }
}
