package org.redline.history.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiFunction;
import org.redline.diff.PointDiff;
import org.redline.history.internal.AuditChange;
import org.redline.history.internal.PointHistory;
import org.redline.version.PointState;
import org.redline.version.PointView;
import org.redline.version.VersionSummary;

/**
 * The point history page's model: each version's state of the point and, where the version derives
 * from another, the word-level change against that parent's state of the point.
 *
 * @param title the point's latest category, else its key
 */
public record PointHistoryView(String document, String key, String title, List<Step> steps) {

    /**
     * @param change how the point differs from its state in {@code parent}; null for a first version or
     *     when neither version holds the point
     */
    public record Step(VersionSummary version, PointState state, PointView point, VersionSummary parent, PointDiff change,
            List<AuditChange> audit) {
    }

    static PointHistoryView of(PointHistory history, BiFunction<PointView, PointView, PointDiff> compare) {
        var byNumber = new HashMap<Integer, PointHistory.Entry>();
        history.versions().forEach(e -> byNumber.put(e.version().number(), e));
        var steps = new ArrayList<Step>();
        String title = history.key();
        for (var entry : history.versions()) {
            var version = entry.version();
            var parent = version.derivedFrom() == null ? null : byNumber.get(version.derivedFrom().number());
            var before = parent == null ? null : parent.point();
            PointDiff change = null;
            if (parent != null && (before != null || entry.point() != null)) {
                change = compare.apply(before, entry.point());
            }
            if (entry.point() != null && entry.point().category() != null) {
                title = entry.point().category();
            }
            steps.add(new Step(version, entry.state(), entry.point(), parent == null ? null : parent.version(), change,
                    entry.changes()));
        }
        return new PointHistoryView(history.document(), history.key(), title, steps);
    }
}
