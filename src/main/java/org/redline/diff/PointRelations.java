package org.redline.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redline.version.PointView;

/**
 * The merges and splits stored on the points of either version, turned into relations on both ends:
 * a point that absorbed another reads "merged", the absorbed one "merged-into"; a point split off
 * reads "split-from", the one it left "split-into". Only points present in the comparison are named.
 */
final class PointRelations {

    private PointRelations() {
    }

    static Map<String, List<PointRelation>> relations(List<PointView> from, List<PointView> to) {
        if (!mergesOrSplits(from) && !mergesOrSplits(to)) {
            return Map.of(); // most comparisons: nothing to index
        }
        // a relation names where the other point came from (earlier side) or where it lives on (later side)
        var before = new HashMap<String, String>();
        var after = new HashMap<String, String>();
        from.forEach(p -> before.put(p.key(), p.number()));
        to.forEach(p -> after.put(p.key(), p.number()));
        var numbers = new HashMap<>(after);
        numbers.putAll(before);
        var merged = new LinkedHashMap<String, List<String>>();
        var mergedInto = new LinkedHashMap<String, List<String>>();
        var splitFrom = new LinkedHashMap<String, List<String>>();
        var splitInto = new LinkedHashMap<String, List<String>>();
        for (var side : List.of(from, to)) {
            for (var point : side) {
                for (var other : point.mergedFrom()) {
                    if (numbers.containsKey(other)) {
                        add(merged, point.key(), other);
                        add(mergedInto, other, point.key());
                    }
                }
                if (point.splitFrom() != null && numbers.containsKey(point.splitFrom())) {
                    add(splitFrom, point.key(), point.splitFrom());
                    add(splitInto, point.splitFrom(), point.key());
                }
            }
        }
        var relations = new HashMap<String, List<PointRelation>>();
        after.replaceAll((key, number) -> number == null ? before.get(key) : number);
        put(relations, merged, PointRelation.Kind.MERGED, "merged with", numbers);
        put(relations, mergedInto, PointRelation.Kind.MERGED_INTO, "merged into", after);
        put(relations, splitFrom, PointRelation.Kind.SPLIT_FROM, "split off from", numbers);
        put(relations, splitInto, PointRelation.Kind.SPLIT_INTO, "split, part of it now", after);
        return relations;
    }

    private static boolean mergesOrSplits(List<PointView> points) {
        for (var point : points) {
            if (!point.mergedFrom().isEmpty() || point.splitFrom() != null) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, List<String>> map, String key, String other) {
        var list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(other)) {
            list.add(other);
        }
    }

    private static void put(Map<String, List<PointRelation>> relations, Map<String, List<String>> links, PointRelation.Kind kind,
            String words, Map<String, String> numbers) {
        links.forEach((key, others) -> {
            var named = others.stream().map(o -> numbers.get(o) == null ? o : numbers.get(o) + " (" + o + ")").toList();
            relations.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new PointRelation(kind, others, words + " " + String.join(" and ", named)));
        });
    }
}
