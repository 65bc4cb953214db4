package org.redline.version;

import java.util.List;

/** One version with all the points it holds, in order. */
public record VersionView(String document, VersionSummary summary, List<PointView> points) {

    public VersionView {
        points = List.copyOf(points);
    }
}
