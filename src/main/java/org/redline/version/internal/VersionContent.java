package org.redline.version.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redline.version.ChangeKind;
import org.redline.version.Draft;
import org.redline.version.Knowledge;
import org.redline.version.PointComparison;
import org.redline.version.PointStatus;
import org.redline.version.PointView;

/**
 * Turns a keyed draft into the points a version holds, given its base: the listed points, then the
 * base's points the draft does not list, carried as unknown (partial draft) or removed (full draft).
 */
public final class VersionContent {

    private VersionContent() {
    }

    public static List<PointView> points(Draft draft, List<PointView> basePoints) {
        var rows = new ArrayList<PointView>(Math.max(draft.points().size(), basePoints.size()));
        var listedKeys = new HashSet<String>();
        var mergedKeys = new HashSet<String>();
        for (var point : draft.points()) {
            listedKeys.add(point.key());
            mergedKeys.addAll(point.mergedFrom());
            // A reported change without text says the point changed, not what it says now: unknown, with
            // the report in its note. Only a report that it was dropped (or bracketed) is a known status.
            var status = point.text() == null && point.status() == PointStatus.AGREED ? PointStatus.UNKNOWN : point.status();
            rows.add(new PointView(point.key(), point.number(), point.category(), point.text(), status,
                    true, point.sourceRefs(), point.note(), rows.size(), point.mergedFrom(), point.splitFrom()));
        }
        for (var basePoint : basePoints) {
            if (listedKeys.contains(basePoint.key()) || basePoint.status() == PointStatus.REMOVED) {
                continue;
            }
            // A point merged into another is known to be gone as a point of its own, even in a partial draft.
            var carried = draft.partial() && !mergedKeys.contains(basePoint.key()) ? PointStatus.UNKNOWN : PointStatus.REMOVED;
            rows.add(new PointView(basePoint.key(), basePoint.number(), basePoint.category(), null, carried,
                    false, List.of(), null, rows.size()));
        }
        return rows;
    }

    /** Each key's change class from base to the new points, in the new version's order, then the base's. */
    public static Map<String, ChangeKind> changes(List<PointView> basePoints, List<PointView> points) {
        var before = new LinkedHashMap<String, PointView>();
        basePoints.forEach(p -> before.put(p.key(), p));
        var kinds = new LinkedHashMap<String, ChangeKind>();
        for (var point : points) {
            kinds.put(point.key(), PointComparison.classify(before.remove(point.key()), point));
        }
        before.values().forEach(p -> kinds.put(p.key(), PointComparison.classify(p, null)));
        return kinds;
    }

    /** SHA-256 over what the draft states, so identical content is recognised whatever its metadata. */
    public static String hash(boolean partial, List<PointView> points) {
        return hash(partial, Knowledge.TEXT, points);
    }

    public static String hash(boolean partial, Knowledge knowledge, List<PointView> points) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((partial ? "partial\n" : "full\n").getBytes(StandardCharsets.UTF_8));
            if (knowledge.reportedOnly()) {
                // only for reported-only versions, so text versions keep the hash they were recorded with;
                // two counts with no changes listed ("22 points", "27 points") are different content
                digest.update(("reported-only " + knowledge.reportedPointCount() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (var p : points) {
                if (!p.listed()) {
                    continue;
                }
                var line = String.join("\u001f", p.key(), String.valueOf(p.number()), String.valueOf(p.category()),
                        String.valueOf(p.text()), p.status().code(), String.join(" ", p.sourceRefs()),
                        String.valueOf(p.note()))
                        // lineage only when present, so versions recorded before it keep their hash
                        + (p.mergedFrom().isEmpty() && p.splitFrom() == null ? ""
                                : "\u001f" + String.join(" ", p.mergedFrom()) + "\u001f" + p.splitFrom())
                        + "\u001e";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
