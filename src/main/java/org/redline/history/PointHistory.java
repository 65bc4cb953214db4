package org.redline.history;

import java.util.List;
import org.redline.version.ChangeKind;
import org.redline.version.PointView;
import org.redline.version.VersionSummary;

/** One point across the versions of its document, oldest first, a page at a time. */
public record PointHistory(String document, String key, List<Entry> versions, int page, int size) {

    /** The most versions one page of a point's history holds. */
    public static final int MAX_PAGE = 500;

    /**
     * @param state {@code stated} (the draft gives it), {@code unknown} (a partial draft is silent),
     *     {@code removed} (dropped in this version) or {@code absent} (this version does not hold it)
     * @param change how it changed against the version this one derives from
     * @param changes the audit log's field changes committed with this version
     */
    public record Entry(VersionSummary version, String state, PointView point, ChangeKind change,
            List<AuditChange> changes) {
    }
}
