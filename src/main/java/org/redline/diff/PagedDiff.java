package org.redline.diff;

import java.util.ArrayList;
import java.util.List;
import org.redline.version.ChangeCounts;
import org.redline.version.ChangeKind;
import org.redline.version.PointComparison;
import org.redline.version.VersionView;

/**
 * A comparison of two whole versions, diffed word by word only on the page shown. Pairing and classing
 * every point is cheap (a field comparison each); word diffs and rendering are not, so a page of a
 * 20,000-point comparison costs the pairing plus its own points' diffs.
 */
final class PagedDiff {

    /** Above this many points a comparison shows its changed points only, unless asked for all. */
    static final int CHANGED_ONLY_ABOVE = 200;

    private PagedDiff() {
    }

    /** @param changedOnly null for the default: changed points only above {@value #CHANGED_ONLY_ABOVE} points */
    static DiffPage page(VersionView from, VersionView to, Boolean changedOnly, int page, int size) {
        var pairs = pairs(from, to);
        return page(from, to, pairs, changedOnly != null ? changedOnly : pairs.size() > CHANGED_ONLY_ABOVE, page, size);
    }

    private static DiffPage page(VersionView from, VersionView to, List<ReadingOrder.Pair> pairs, boolean changedOnly,
            int page, int size) {
        var kinds = new ArrayList<ChangeKind>(pairs.size());
        var kept = new ArrayList<ReadingOrder.Pair>();
        boolean lineage = false;
        for (var pair : pairs) {
            var kind = PointComparison.classify(pair.before(), pair.after());
            kinds.add(kind);
            if (!changedOnly || kind != ChangeKind.UNCHANGED) {
                kept.add(pair);
            }
            lineage |= Diffs.carriesLineage(pair.before()) || Diffs.carriesLineage(pair.after());
        }
        long first = (long) page * size;
        var shown = first >= kept.size() ? List.<ReadingOrder.Pair>of()
                : kept.subList((int) first, (int) Math.min(kept.size(), first + size));
        var walk = new Diffs.Walk();
        var points = new ArrayList<PointDiff>(shown.size());
        for (var pair : shown) {
            points.add(Diffs.pointDiff(pair.before(), pair.after(), walk));
        }
        if (lineage) {
            var relations = PointRelations.relations(from.points(), to.points());
            points.replaceAll(diff -> relations.containsKey(diff.key()) ? diff.related(relations.get(diff.key())) : diff);
        }
        var diff = new VersionDiff(from.document(), from.summary(), to.summary(), ChangeCounts.of(kinds), points);
        return new DiffPage(diff, changedOnly, page, size, kept.size());
    }

    /** The points of two versions paired: by place when every key lines up, else by key in reading order. */
    static List<ReadingOrder.Pair> pairs(VersionView from, VersionView to) {
        var before = from.points();
        var after = to.points();
        boolean inPlace = before.size() == after.size();
        for (int i = 0; inPlace && i < before.size(); i++) {
            inPlace = before.get(i).key().equals(after.get(i).key());
        }
        if (!inPlace) {
            return ReadingOrder.pairs(before, after);
        }
        var pairs = new ArrayList<ReadingOrder.Pair>(before.size());
        for (int i = 0; i < before.size(); i++) {
            pairs.add(new ReadingOrder.Pair(before.get(i), after.get(i)));
        }
        return pairs;
    }
}
