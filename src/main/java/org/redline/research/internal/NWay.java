package org.redline.research.internal;

import java.util.List;
import org.redline.diff.TextDiff;
import org.redline.version.PointView;
import org.redline.version.VersionSummary;

/** One point across chosen versions, side by side; each column diffed against the one before it. */
public record NWay(String document, String key, List<Column> columns) {

    /** @param point null when the version does not hold the point */
    public record Column(VersionSummary version, PointView point, TextDiff againstPrevious) {
    }
}
