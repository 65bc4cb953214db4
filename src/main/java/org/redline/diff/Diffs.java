package org.redline.diff;

import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.redline.version.ChangeCounts;
import org.redline.version.ChangeKind;
import org.redline.version.PointComparison;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionNotFound;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.springframework.stereotype.Service;

/** The diff feature's one entry: compare any two versions of a document, in either order. */
@Service
public class Diffs {

    /**
     * Most Myers work one point's text diff may do (see {@link WordDiff}): a middle of 6,000 words (each
     * with the whitespace after it), both sides together, however different. Past it the diff is coarse.
     */
    static final long POINT_WORK = WordDiff.work(6_000);
    /**
     * Most Myers work one whole comparison may do, about 100 ms on this project's 2-core machine; points
     * past it are diffed coarsely. A thousand rewritten clauses of 40 words stay word-level.
     */
    static final long REQUEST_WORK = 48_000_000;

    private final VersionTimeline versions;
    private final io.micrometer.core.instrument.Timer timer;

    Diffs(VersionTimeline versions, io.micrometer.core.instrument.MeterRegistry meters) {
        this.versions = versions;
        this.timer = io.micrometer.core.instrument.Timer.builder("redline.diff")
                .description("comparing two versions, point by point and word by word").register(meters);
    }

    /** A word-level diff of two texts, under the same cost bound as a point's diff. */
    public TextDiff text(String before, String after) {
        if (before == null || after == null || before.equals(after)) {
            return new TextDiff(List.of(), false);
        }
        var result = WordDiff.diff(before, after, POINT_WORK);
        return new TextDiff(result.segments(), result.coarse());
    }

    public VersionDiff between(String document, String fromId, String toId) {
        return lookingThrough(document, versions.get(document, fromId), versions.get(document, toId));
    }

    /** Compares the two, a side known only from reports replaced by its nearest version with text. */
    private VersionDiff lookingThrough(String document, VersionView from, VersionView to) {
        var notes = new ArrayList<LookThrough>();
        var fromText = TextSides.withText(versions, document, from, notes);
        var toText = TextSides.withText(versions, document, to, notes);
        return timed(fromText, toText).lookingThrough(notes);
    }

    /**
     * One page of the comparison a reader asks for, with the defaults filled in: {@code to} defaults to
     * the latest version, {@code from} to the version {@code to} derives from (to itself when it derives
     * from none). Carries every version of the document, so a page can offer any other pair. Only the
     * page's points are diffed word by word; past the last page, none. {@code changedOnly} null leaves out
     * unchanged points when the comparison has more than 200 points.
     */
    public Comparison comparison(String document, String fromId, String toId, Boolean changedOnly, int page, int size) {
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
        return new Comparison(paged(document, from, to, changedOnly, page, size), all);
    }

    /** One page of the diff of two versions by number or ref; see {@link #comparison(String, String, String, Boolean, int, int)}. */
    public DiffPage page(String document, String fromId, String toId, Boolean changedOnly, int page, int size) {
        return paged(document, versions.get(document, fromId), versions.get(document, toId), changedOnly, page, size);
    }

    private DiffPage paged(String document, VersionView from, VersionView to, Boolean changedOnly, int page, int size) {
        var notes = new ArrayList<LookThrough>();
        var fromText = TextSides.withText(versions, document, from, notes);
        var toText = TextSides.withText(versions, document, to, notes);
        var paged = timer.record(() -> PagedDiff.page(fromText, toText, changedOnly, page, size));
        return new DiffPage(paged.diff().lookingThrough(notes), paged.changedOnly(), page, size, paged.matching());
    }

    /** How one point differs between two states of it (either may be null), with its own text-diff budget. */
    public PointDiff between(PointView before, PointView after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("compare a point with something");
        }
        return pointDiff(before, after, new Walk());
    }

    /**
     * Compares two whole versions that need not be stored, such as a draft's preview against its base.
     * {@code from} may hold no points (a document's first version compares with nothing).
     */
    public VersionDiff between(VersionView from, VersionView to) {
        return timed(from, to);
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

    /**
     * Walks the two versions once where they list the same keys in the same order (the usual case
     * between drafts that keep their points), else pairs them by key; merges and splits are looked up
     * only when a point carries one. One pass matters: on a 10,000-clause document the time goes to
     * reading the unchanged points' records from memory, not to the few word diffs.
     */
    private VersionDiff timed(VersionView from, VersionView to) {
        return timer.record(() -> compare(from, to));
    }

    /** Every point of the two versions diffed, in the order {@link PagedDiff#pairs} gives a page of them. */
    static VersionDiff compare(VersionView from, VersionView to) {
        var walk = new Walk();
        var pairs = PagedDiff.pairs(from, to);
        var points = new ArrayList<PointDiff>(pairs.size());
        for (var pair : pairs) {
            points.add(pointDiff(pair.before(), pair.after(), walk));
        }
        if (walk.lineage) {
            var relations = PointRelations.relations(from.points(), to.points());
            points.replaceAll(diff -> relations.containsKey(diff.key()) ? diff.related(relations.get(diff.key())) : diff);
        }
        return new VersionDiff(from.document(), from.summary(), to.summary(), ChangeCounts.of(points, PointDiff::change),
                points);
    }

    static PointDiff pointDiff(PointView before, PointView after, Walk walk) {
        walk.lineage |= carriesLineage(before) || carriesLineage(after);
        var changed = PointComparison.changedFields(before, after);
        var kind = PointComparison.classify(before, after, changed);
        var key = after != null ? after.key() : before.key();
        List<FieldChange> fields = List.of();
        List<TextSegment> text = List.of();
        boolean coarse = false;
        if (kind != ChangeKind.UNKNOWN && !changed.isEmpty()) {
            fields = new ArrayList<>(changed.size());
            for (var field : changed) {
                fields.add(new FieldChange(field, value(before, field), value(after, field)));
            }
            if (changed.contains(PointComparison.TEXT)) {
                var result = WordDiff.diff(before.text(), after.text(), Math.min(POINT_WORK, Math.max(0, walk.budget)));
                walk.budget -= result.work();
                text = result.segments();
                coarse = result.coarse();
            }
        }
        return new PointDiff(key, kind, before, after, fields, text, coarse, List.of());
    }

    static boolean carriesLineage(PointView point) {
        return point != null && (!point.mergedFrom().isEmpty() || point.splitFrom() != null);
    }

    /** What one comparison carries from point to point. */
    static final class Walk {
        /** Myers work left for the word diffs still to come. */
        long budget = REQUEST_WORK;
        /** Whether any point seen so far carries a merge or a split. */
        boolean lineage;
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
