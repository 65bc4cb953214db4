package org.redline.version;

import java.util.List;
import org.redline.version.VersionPointsPage;

/**
 * One page of a version's points, in order: what a page or an API read of a big version shows at once.
 * A page past the last holds no points.
 *
 * @param totalPoints how many points the whole version holds
 */
public record VersionPointsPage(String document, VersionSummary summary, List<PointView> points, int page, int size,
        int totalPoints, int totalPages) {

    public VersionPointsPage {
        points = List.copyOf(points);
    }

    /** Pages needed for {@code total} items of {@code size}: at least one, so an empty list is page 0 of 1. */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
