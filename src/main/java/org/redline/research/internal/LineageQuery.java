package org.redline.research.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.redline.history.PointNotFound;
import org.redline.version.PointReads;
import org.redline.version.PointState;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.springframework.stereotype.Service;

/**
 * A point's path through every version, oldest first. It reads the point's own rows and the rows that
 * name it in their lineage, not every point of every version.
 */
@Service
public class LineageQuery {

    private final PointReads pointReads;

    LineageQuery(PointReads pointReads) {
        this.pointReads = pointReads;
    }

    /**
     * Changes are read against the version each derives from; merges and splits from the lineage the
     * points carry (mergedFrom, splitFrom).
     */
    public Lineage lineage(String document, String key) {
        var rows = pointReads.lineageRows(document, key);
        var steps = new ArrayList<Lineage.Step>();
        var related = new LinkedHashSet<String>();
        String category = null;
        boolean seenLive = false;
        boolean dropped = false;
        for (var summary : rows.versions()) {
            var point = rows.point().get(summary.number());
            var parent = summary.derivedFrom() == null ? null : rows.point().get(summary.derivedFrom().number());
            var events = new ArrayList<Lineage.Event>();
            if (point != null && point.status().live()) {
                if (!seenLive) {
                    events.add(new Lineage.Event("appeared", List.of(), "first appears" + (point.number() == null ? "" : " as point " + point.number())));
                } else if (dropped) {
                    events.add(new Lineage.Event("returned", List.of(), "comes back after being dropped"));
                }
                seenLive = true;
                dropped = false;
                if (parent != null && parent.status().live()) {
                    changesFromParent(parent, point, events);
                }
                if (!point.mergedFrom().isEmpty()) {
                    related.addAll(point.mergedFrom());
                    events.add(new Lineage.Event("merged-from", point.mergedFrom(), "absorbs " + String.join(", ", point.mergedFrom())));
                }
                if (point.splitFrom() != null) {
                    related.add(point.splitFrom());
                    events.add(new Lineage.Event("split-from", List.of(point.splitFrom()), "split off from " + point.splitFrom()));
                }
            }
            boolean absorbed = false;
            for (var other : rows.naming().getOrDefault(summary.number(), List.of())) {
                if (other.mergedFrom().contains(key)) {
                    absorbed = true;
                    related.add(other.key());
                    events.add(new Lineage.Event("merged-into", List.of(other.key()), "merged into " + other.key()));
                }
                if (key.equals(other.splitFrom())) {
                    related.add(other.key());
                    events.add(new Lineage.Event("split-into", List.of(other.key()), "part of it split off as " + other.key()));
                }
            }
            if (point != null && point.status() == PointStatus.REMOVED && seenLive && !dropped) {
                // a point merged into another lives on there; it is gone from the list, not dropped from the text
                dropped = true;
                if (!absorbed) {
                    events.add(new Lineage.Event("dropped", List.of(), "dropped"));
                }
            }
            if (point != null && point.category() != null) {
                category = point.category();
            }
            steps.add(new Lineage.Step(summary.link(), summary.derivedFrom(), PointState.of(point), point == null ? null : point.number(),
                    point == null ? null : point.category(), events));
        }
        if (!seenLive && steps.stream().allMatch(s -> s.state() == PointState.ABSENT)) {
            throw new PointNotFound(document, key);
        }
        related.remove(key);
        return new Lineage(document, key, category, steps, List.copyOf(related));
    }

    private static void changesFromParent(PointView parent, PointView point, List<Lineage.Event> events) {
        if (parent.number() != null && point.number() != null && !parent.number().equals(point.number())) {
            events.add(new Lineage.Event("renumbered", List.of(), "renumbered " + parent.number() + " → " + point.number()));
        }
        if (parent.text() != null && point.text() != null && !parent.text().equals(point.text())) {
            events.add(new Lineage.Event("reworded", List.of(), "reworded"));
        }
        if (parent.status() != point.status()) {
            events.add(new Lineage.Event("status", List.of(), parent.status().code() + " → " + point.status().code()));
        }
    }
}
