package org.redline.diff;

import java.util.List;
import org.redline.version.ChangeCounts;
import org.redline.version.VersionSummary;

/** The difference between any two versions of a document, point by point, in reading order. */
public record VersionDiff(String document, VersionSummary from, VersionSummary to, ChangeCounts counts,
        List<PointDiff> points) {
}
