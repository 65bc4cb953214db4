package org.redline.research;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.redline.diff.Diffs;
import org.redline.diff.TextDiff;
import org.redline.history.PointNotFound;
import org.redline.version.PointReads;
import org.redline.version.PointState;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionLink;
import org.redline.version.VersionSummary;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.springframework.stereotype.Service;

/** The research feature's entry for blame, dropped and returned points, as-of, n-way views and lineage; search is {@link SearchQuery}. */
@Service
public class Research {

    private static final Map<String, Function<PointView, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("text", PointView::text);
        FIELDS.put("number", PointView::number);
        FIELDS.put("category", PointView::category);
        FIELDS.put("status", PointView::status);
        FIELDS.put("sourceRefs", PointView::sourceRefs);
        FIELDS.put("note", PointView::note);
    }

    private final VersionTimeline versions;
    private final PointReads pointReads;
    private final Diffs diffs;

    Research(VersionTimeline versions, PointReads pointReads, Diffs diffs) {
        this.versions = versions;
        this.pointReads = pointReads;
        this.diffs = diffs;
    }

    /**
     * Walks back along the version's line of descent: a value's origin is the oldest ancestor from which
     * it has stayed the same. Versions that do not state the point (partial drafts) are looked through.
     */
    public Blame blame(String document, String versionId) {
        var chain = versions.ancestry(document, versionId);
        var rowsByVersion = chain.stream().map(Research::byKey).toList();
        var target = chain.get(0);
        var points = new ArrayList<Blame.PointBlame>();
        for (var point : target.points()) {
            int stateAt = 0;
            while (stateAt < chain.size() && (rowsByVersion.get(stateAt).get(point.key()) == null
                    || rowsByVersion.get(stateAt).get(point.key()).status() == PointStatus.UNKNOWN)) {
                stateAt++;
            }
            if (stateAt == chain.size()) {
                continue;
            }
            var state = rowsByVersion.get(stateAt).get(point.key());
            var fields = new LinkedHashMap<String, Origin>();
            for (var field : FIELDS.entrySet()) {
                int origin = stateAt;
                for (int i = stateAt + 1; i < chain.size(); i++) {
                    var earlier = rowsByVersion.get(i).get(point.key());
                    if (earlier == null) {
                        break;
                    }
                    if (earlier.status() == PointStatus.UNKNOWN) {
                        continue;
                    }
                    if (!Objects.equals(field.getValue().apply(earlier), field.getValue().apply(state))) {
                        break;
                    }
                    origin = i;
                }
                fields.put(field.getKey(), Origin.of(chain.get(origin).summary()));
            }
            points.add(new Blame.PointBlame(point.key(), state.number(), state.category(), state.status(),
                    stateAt == 0, fields));
        }
        return new Blame(document, target.summary(), points);
    }

    public DroppedAndReturned droppedAndReturned(String document) {
        var lastLive = new HashMap<String, VersionLink>();
        var droppedIn = new HashMap<String, VersionLink>();
        var categories = new HashMap<String, String>();
        var returned = new ArrayList<DroppedAndReturned.Returned>();
        for (var version : versions.allWithPoints(document)) {
            var link = version.summary().link();
            for (var point : version.points()) {
                if (point.category() != null) {
                    categories.put(point.key(), point.category());
                }
                if (point.status().live()) {
                    var dropped = droppedIn.remove(point.key());
                    if (dropped != null) {
                        returned.add(new DroppedAndReturned.Returned(point.key(), categories.get(point.key()), dropped, link));
                    }
                    lastLive.put(point.key(), link);
                } else if (point.status() == PointStatus.REMOVED && lastLive.containsKey(point.key())
                        && !droppedIn.containsKey(point.key())) {
                    droppedIn.put(point.key(), link);
                }
            }
        }
        var dropped = droppedIn.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.number(), b.number())))
                .map(e -> new DroppedAndReturned.Dropped(e.getKey(), categories.get(e.getKey()), e.getValue(),
                        lastLive.get(e.getKey())))
                .toList();
        return new DroppedAndReturned(document, dropped, returned);
    }

    public Optional<VersionSummary> inForceOn(String document, LocalDate date, boolean byReportedDate) {
        return versions.inForceOn(document, date, byReportedDate);
    }

    public NWay nWay(String document, String key, List<String> versionIds) {
        var columns = new ArrayList<NWay.Column>();
        PointView previous = null;
        for (var id : versionIds) {
            var version = versions.get(document, id);
            var point = byKey(version).get(key);
            TextDiff diff = previous == null || point == null ? new TextDiff(List.of(), false)
                    : diffs.text(previous.text(), point.text());
            columns.add(new NWay.Column(version.summary(), point, diff));
            if (point != null && point.text() != null) {
                previous = point;
            }
        }
        if (columns.stream().allMatch(c -> c.point() == null)) {
            throw new PointNotFound(document, key);
        }
        return new NWay(document, key, columns);
    }

    /**
     * A point's path through every version, oldest first. Changes are read against the version each
     * derives from; merges and splits from the lineage the points carry (mergedFrom, splitFrom).
     */
    public Lineage lineage(String document, String key) {
        var all = versions.allWithPoints(document);
        var byNumber = new HashMap<Integer, Map<String, PointView>>();
        all.forEach(v -> byNumber.put(v.summary().number(), byKey(v)));
        var steps = new ArrayList<Lineage.Step>();
        var related = new java.util.LinkedHashSet<String>();
        String category = null;
        boolean seenLive = false;
        boolean dropped = false;
        for (var version : all) {
            var summary = version.summary();
            var rows = byNumber.get(summary.number());
            var point = rows.get(key);
            var parent = summary.derivedFrom() == null ? null : byNumber.get(summary.derivedFrom().number()).get(key);
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
            for (var other : rows.values()) {
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

    private static Map<String, PointView> byKey(VersionView version) {
        var map = new HashMap<String, PointView>();
        version.points().forEach(p -> map.put(p.key(), p));
        return map;
    }
}
