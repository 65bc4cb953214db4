package org.redline.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redline.version.PointView;

/** Which point of one version goes with which of another, in the order a reader reads them. */
final class ReadingOrder {

    private ReadingOrder() {
    }

    /** A point as the earlier and the later version hold it; either may be null. */
    record Pair(PointView before, PointView after) {
    }

    /**
     * Pairs points by key in the later version's order of the points it lists. A point it does not
     * list (removed or unknown there, or only in the earlier version) is placed after the point that
     * preceded it in the earlier version, so gaps read where they are.
     */
    static List<Pair> pairs(List<PointView> from, List<PointView> to) {
        if (unnumbered(to) && !unnumbered(from)) {
            // A draft known only from reports has no order of its own: read it in the numbered one's order.
            var pairs = new ArrayList<Pair>();
            for (var swapped : pairs(to, from)) {
                pairs.add(new Pair(swapped.after(), swapped.before()));
            }
            return pairs;
        }
        var fromByKey = new HashMap<String, PointView>();
        from.forEach(p -> fromByKey.put(p.key(), p));
        var toByKey = new HashMap<String, PointView>();
        to.forEach(p -> toByKey.put(p.key(), p));
        var listedInTo = new HashMap<String, Boolean>();
        to.forEach(p -> listedInTo.put(p.key(), p.listed()));

        Map<String, List<Pair>> afterAnchor = new HashMap<>();
        var pairs = new ArrayList<Pair>();
        String anchor = null;
        for (var point : from) {
            if (listedInTo.getOrDefault(point.key(), false)) {
                anchor = point.key();
                continue;
            }
            var pair = new Pair(point, toByKey.get(point.key()));
            if (anchor == null) {
                pairs.add(pair);
            } else {
                afterAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).add(pair);
            }
        }
        var trailing = new ArrayList<Pair>();
        for (var point : to) {
            if (point.listed()) {
                pairs.add(new Pair(fromByKey.get(point.key()), point));
                pairs.addAll(afterAnchor.getOrDefault(point.key(), List.of()));
            } else if (!fromByKey.containsKey(point.key())) {
                trailing.add(new Pair(null, point));
            }
        }
        pairs.addAll(trailing);
        return pairs;
    }

    private static boolean unnumbered(List<PointView> points) {
        return points.stream().filter(PointView::listed).allMatch(p -> p.number() == null);
    }
}
