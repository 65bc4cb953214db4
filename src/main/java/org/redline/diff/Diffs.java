package org.redline.diff;

import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redline.version.ChangeCounts;
import org.redline.version.ChangeKind;
import org.redline.version.PointComparison;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionNotFound;
import org.redline.version.VersionView;
import org.redline.version.Versions;
import org.springframework.stereotype.Service;

/** The diff feature's one entry: compare any two versions of a document, in either order. */
@Service
public class Diffs {

    /** Most tokens (both sides) one point's text diff may hand to Myers before it turns coarse. */
    static final int POINT_BUDGET = 6_000;
    /** Most tokens one whole comparison may hand to Myers; points past it are diffed coarsely. */
    static final long REQUEST_BUDGET = 400_000;

    private final Versions versions;

    Diffs(Versions versions) {
        this.versions = versions;
    }

    /** A word-level diff of two texts, under the same cost bound as a point's diff. */
    public TextDiff text(String before, String after) {
        if (before == null || after == null || before.equals(after)) {
            return new TextDiff(List.of(), false);
        }
        var result = WordDiff.diff(before, after, POINT_BUDGET);
        return new TextDiff(result.segments(), result.coarse());
    }

    public VersionDiff between(String document, String fromId, String toId) {
        var from = versions.get(document, fromId);
        var to = versions.get(document, toId);
        return compare(from, to);
    }

    /**
     * The comparison a reader asks for, with the defaults filled in: {@code to} defaults to the latest
     * version, {@code from} to the version {@code to} derives from (to itself when it derives from none).
     * Carries every version of the document, so a page can offer any other pair.
     */
    public Comparison comparison(String document, String fromId, String toId) {
        var all = versions.all(document);
        if (all.isEmpty()) {
            if (fromId != null || toId != null) {
                throw new VersionNotFound(document, toId != null ? toId : fromId);
            }
            return new Comparison(null, all);
        }
        var to = versions.get(document, toId != null ? toId : Integer.toString(all.get(all.size() - 1).number()));
        var from = fromId != null ? versions.get(document, fromId)
                : to.summary().derivedFrom() != null ? versions.get(document, Integer.toString(to.summary().derivedFrom().number()))
                : to;
        return new Comparison(compare(from, to), all);
    }

    /** How one point differs between two states of it (either may be null), with its own text-diff budget. */
    public PointDiff between(PointView before, PointView after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("compare a point with something");
        }
        return pointDiff(before, after, new long[] {REQUEST_BUDGET});
    }

    /**
     * Compares two whole versions that need not be stored, such as a draft's preview against its base.
     * {@code from} may hold no points (a document's first version compares with nothing).
     */
    public VersionDiff between(VersionView from, VersionView to) {
        return compare(from, to);
    }

    /**
     * A unified text diff of the two versions rendered one point per line. Lines are paired by point
     * key, as the diff pairs them, so the patch is built in one pass instead of by a line diff.
     */
    public String unified(String document, String fromId, String toId) {
        var diff = between(document, fromId, toId);
        var before = new ArrayList<String>();
        var after = new ArrayList<String>();
        var patch = new Patch<String>();
        for (var point : diff.points()) {
            var oldLine = point.before() == null ? null : line(point.before());
            var newLine = point.after() == null ? null : line(point.after());
            if (oldLine == null || !oldLine.equals(newLine)) {
                var source = new Chunk<>(before.size(), oldLine == null ? List.<String>of() : List.of(oldLine));
                var target = new Chunk<>(after.size(), newLine == null ? List.<String>of() : List.of(newLine));
                patch.addDelta(oldLine == null ? new InsertDelta<>(source, target)
                        : newLine == null ? new DeleteDelta<>(source, target) : new ChangeDelta<>(source, target));
            }
            if (oldLine != null) {
                before.add(oldLine);
            }
            if (newLine != null) {
                after.add(newLine);
            }
        }
        var fromName = document + "@" + diff.from().link().id();
        var toName = document + "@" + diff.to().link().id();
        var lines = UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, before, patch, 1);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    static VersionDiff compare(VersionView from, VersionView to) {
        var budget = new long[] {REQUEST_BUDGET};
        var points = new ArrayList<PointDiff>();
        var relations = Lineage.relations(from.points(), to.points());
        for (var pair : pairsInReadingOrder(from.points(), to.points())) {
            var diff = pointDiff(pair[0], pair[1], budget);
            points.add(relations.containsKey(diff.key())
                    ? new PointDiff(diff.key(), diff.change(), diff.before(), diff.after(), diff.fields(), diff.segments(),
                            diff.coarse(), relations.get(diff.key()))
                    : diff);
        }
        var counts = ChangeCounts.of(points.stream().map(PointDiff::change).toList());
        return new VersionDiff(from.document(), from.summary(), to.summary(), counts, points);
    }

    private static PointDiff pointDiff(PointView before, PointView after, long[] budget) {
        var kind = PointComparison.classify(before, after);
        var key = after != null ? after.key() : before.key();
        var fields = new ArrayList<FieldChange>();
        List<TextSegment> text = List.of();
        boolean coarse = false;
        if (kind != ChangeKind.UNKNOWN) {
            for (var field : PointComparison.changedFields(before, after)) {
                fields.add(new FieldChange(field, value(before, field), value(after, field)));
            }
            var beforeText = before == null ? null : before.text();
            var afterText = after == null ? null : after.text();
            if (beforeText != null && afterText != null && !beforeText.equals(afterText)) {
                var result = WordDiff.diff(beforeText, afterText, (int) Math.min(POINT_BUDGET, Math.max(0, budget[0])));
                budget[0] -= result.cost();
                text = result.segments();
                coarse = result.coarse();
            }
        }
        return new PointDiff(key, kind, before, after, fields, text, coarse, List.of());
    }

    /**
     * Pairs points by key in the later version's order of the points it lists. A point it does not
     * list (removed or unknown there, or only in the earlier version) is placed after the point that
     * preceded it in the earlier version, so gaps read where they are.
     */
    private static List<PointView[]> pairsInReadingOrder(List<PointView> from, List<PointView> to) {
        if (unnumbered(to) && !unnumbered(from)) {
            // A draft known only from reports has no order of its own: read it in the numbered one's order.
            var pairs = new ArrayList<PointView[]>();
            for (var swapped : pairsInReadingOrder(to, from)) {
                pairs.add(new PointView[] {swapped[1], swapped[0]});
            }
            return pairs;
        }
        var fromByKey = new HashMap<String, PointView>();
        from.forEach(p -> fromByKey.put(p.key(), p));
        var toByKey = new HashMap<String, PointView>();
        to.forEach(p -> toByKey.put(p.key(), p));
        var listedInTo = new HashMap<String, Boolean>();
        to.forEach(p -> listedInTo.put(p.key(), p.listed()));

        Map<String, List<PointView[]>> afterAnchor = new HashMap<>();
        var pairs = new ArrayList<PointView[]>();
        String anchor = null;
        for (var point : from) {
            if (listedInTo.getOrDefault(point.key(), false)) {
                anchor = point.key();
                continue;
            }
            var pair = new PointView[] {point, toByKey.get(point.key())};
            if (anchor == null) {
                pairs.add(pair);
            } else {
                afterAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).add(pair);
            }
        }
        var trailing = new ArrayList<PointView[]>();
        for (var point : to) {
            if (point.listed()) {
                pairs.add(new PointView[] {fromByKey.get(point.key()), point});
                pairs.addAll(afterAnchor.getOrDefault(point.key(), List.of()));
            } else if (!fromByKey.containsKey(point.key())) {
                trailing.add(new PointView[] {null, point});
            }
        }
        pairs.addAll(trailing);
        return pairs;
    }

    private static boolean unnumbered(List<PointView> points) {
        return points.stream().filter(PointView::listed).allMatch(p -> p.number() == null);
    }

    private static Object value(PointView point, String field) {
        return switch (field) {
            case PointComparison.NUMBER -> point.number();
            case PointComparison.CATEGORY -> point.category();
            case PointComparison.TEXT -> point.text();
            case PointComparison.STATUS -> point.status().code();
            case PointComparison.SOURCE_REFS -> point.sourceRefs();
            case PointComparison.NOTE -> point.note();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String line(PointView point) {
        var number = point.number() == null ? "-" : point.number();
        var category = point.category() == null ? "" : "[" + point.category() + "] ";
        var status = point.status() == PointStatus.AGREED ? "" : " (" + point.status().code() + ")";
        var text = point.text() == null ? "" : point.text();
        return number + ". " + category + text + status + "  {" + point.key() + "}";
    }
}
