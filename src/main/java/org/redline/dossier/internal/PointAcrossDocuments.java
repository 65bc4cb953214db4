package org.redline.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import org.redline.version.PointView;
import org.redline.version.VersionSummary;

/**
 * One point and the points linked to it, across their documents and versions, side by side in date
 * order: how the army-size clause reads in the plan, in the Berlin statement and in the European plan.
 *
 * @param points the point asked for first, then the linked points
 */
public record PointAcrossDocuments(PointRef point, List<PointRef> points, List<PointLink> links, List<Row> rows) {

    /** The point as one version of its document holds it; {@code state} is null where the version lacks it. */
    public record Row(PointRef point, LocalDate date, VersionSummary version, PointView state) {
    }
}
