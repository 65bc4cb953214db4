package org.redline.alignment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;
import org.springframework.stereotype.Service;

/**
 * The alignment feature's one entry: gives every point of a draft its key, the identity that ties it
 * to the same point in other versions. Explicit keys win, then the base point of the same category,
 * then the base point of the same number; anything else is a new point with a readable new key.
 * Each base point continues into at most one draft point.
 */
@Service
public class Alignment {

    public AlignedDraft align(Draft draft, List<PointView> basePoints) {
        var points = draft.points();
        var keys = new String[points.size()];
        var matches = new Match[points.size()];
        var baseByKey = new HashMap<String, PointView>();
        basePoints.forEach(p -> baseByKey.put(p.key(), p));
        Set<String> taken = new HashSet<>();

        for (int i = 0; i < points.size(); i++) {
            var key = points.get(i).key();
            if (key != null) {
                keys[i] = key;
                taken.add(key);
                matches[i] = new Match(i, key, baseByKey.containsKey(key) ? key : null, 1.0, "key");
            }
        }
        matchBy(points, basePoints, keys, matches, taken, p -> normalise(p.category()), p -> normalise(p.category()),
                "category", 0.9);
        matchBy(points, basePoints, keys, matches, taken, DraftPoint::number, PointView::number, "number", 0.6);

        var used = new HashSet<>(baseByKey.keySet());
        used.addAll(taken);
        for (int i = 0; i < points.size(); i++) {
            if (keys[i] == null) {
                keys[i] = newKey(points.get(i), used);
                used.add(keys[i]);
                matches[i] = new Match(i, keys[i], null, 0.0, "new");
            }
        }
        var keyed = new ArrayList<DraftPoint>(points.size());
        for (int i = 0; i < points.size(); i++) {
            keyed.add(points.get(i).withKey(keys[i]));
        }
        return new AlignedDraft(draft.withPoints(keyed), List.of(matches));
    }

    private static void matchBy(List<DraftPoint> points, List<PointView> basePoints, String[] keys, Match[] matches,
            Set<String> taken, java.util.function.Function<DraftPoint, String> draftValue,
            java.util.function.Function<PointView, String> baseValue, String reason, double score) {
        Map<String, List<PointView>> baseByValue = new HashMap<>();
        for (var base : basePoints) {
            var value = baseValue.apply(base);
            if (value != null) {
                baseByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(base);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            if (keys[i] != null) {
                continue;
            }
            var value = draftValue.apply(points.get(i));
            if (value == null) {
                continue;
            }
            for (var base : baseByValue.getOrDefault(value, List.of())) {
                if (taken.add(base.key())) {
                    keys[i] = base.key();
                    matches[i] = new Match(i, base.key(), base.key(), score, reason);
                    break;
                }
            }
        }
    }

    /** A readable key: from the category, else the first words of the text, else the number. */
    static String newKey(DraftPoint point, Set<String> used) {
        var base = slug(point.category());
        if (base.isEmpty() && point.text() != null) {
            base = slug(String.join(" ", java.util.Arrays.stream(point.text().split("\\s+")).limit(5).toList()));
        }
        if (base.isEmpty()) {
            base = point.number() != null ? "point-" + slug(point.number()) : "point";
        }
        if (base.length() > 140) {
            base = base.substring(0, 140).replaceAll("-+$", "");
        }
        var key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        var ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            // Non-Latin scripts: keep letters and digits as they are rather than lose the title.
            slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
            slug = slug.isEmpty() ? "" : "p-" + Integer.toHexString(slug.hashCode());
        }
        return slug;
    }

    private static String normalise(String category) {
        return category == null ? null : slug(category);
    }
}
