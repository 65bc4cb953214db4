package org.redline.history.internal;

import java.util.List;
import org.redline.version.ChangeKind;
import org.redline.version.PointState;
import org.redline.version.PointView;
import org.redline.version.VersionSummary;

/** One point across the versions of its document, oldest first, a page at a time. */
public record PointHistory(String document, String key, List<Entry> versions, int page, int size) {

    /** The most versions one page of a point's history holds. */
    public static final int MAX_PAGE = 500;

    /**
     * @param state where the point stands in this version
     * @param change how it changed against the version this one derives from
     * @param changes the audit log's field changes committed with this version
     */
    public record Entry(VersionSummary version, PointState state, PointView point, ChangeKind change,
            List<AuditChange> changes) {
    }
}
