package org.redline.alignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One labelled redraft of {@code fixtures/alignment/}: a base version, a draft, and for every draft
 * point the base points its publisher's concordance says it continues (none: new; two or more: a
 * merge; one base point named by two draft points: a split). Cases with {@code base.txt} are real
 * published concordances; the others are peace-plan drafts aligned against the 28-point seed.
 *
 * @param published whether the truth is a concordance someone else published
 * @param expected draft number → base keys (empty for a new point)
 * @param unscored draft numbers whose truth is unclear (listed under {@code unscored}): neither counted nor fitted on
 */
record EvaluationCase(String name, boolean published, String source, List<PointView> base, Draft draft,
        Map<String, List<String>> expected, Set<String> unscored) {

    static final Path ROOT = Path.of("fixtures", "alignment");
    private static final Pattern LINE = Pattern.compile("^(\\S+)\\.\\s+([^:]{1,100}):\\s+(.+)$");

    static List<EvaluationCase> all(boolean withTitles) {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(dir -> load(dir, withTitles)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvaluationCase load(Path dir, boolean withTitles) {
        var json = JsonMapper.shared().readTree(read(dir.resolve("expected.json")));
        var name = dir.getFileName().toString();
        if (Files.exists(dir.resolve("base.txt"))) {
            var base = new ArrayList<PointView>();
            for (var point : lines(dir.resolve("base.txt"), withTitles)) {
                base.add(new PointView(key(point.number()), point.number(), point.category(), point.text(), PointStatus.AGREED, true,
                        List.of(), null, base.size()));
            }
            var draft = new Draft(null, name, null, null, null, false, null, null, null, lines(dir.resolve("draft.txt"), withTitles));
            var expected = new LinkedHashMap<String, List<String>>();
            json.get("expected").properties().forEach(e -> expected.put(e.getKey(), keys(e.getValue(), EvaluationCase::key)));
            var source = json.has("source") ? json.get("source").path("title").asString("") : "";
            return new EvaluationCase(name, true, source, base, draft, expected, unscored(json));
        }
        // a peace-plan case: numbered text against the seed table, keys given by category
        var draft = org.redline.importing.PeacePlanCases.draft(dir, json.path("partial").asBoolean(false), withTitles);
        var expected = new LinkedHashMap<String, List<String>>();
        json.get("expected").properties().forEach(e -> expected.put(e.getKey(), keys(e.getValue(), k -> k)));
        return new EvaluationCase(name, false, "peace-plan drafts (fixtures)", org.redline.importing.PeacePlanCases.seed(withTitles), draft, expected,
                unscored(json));
    }

    private static Set<String> unscored(JsonNode json) {
        return json.has("unscored") ? Set.copyOf(json.get("unscored").valueStream().map(JsonNode::asString).toList()) : Set.of();
    }

    boolean scored(String number) {
        return !unscored.contains(number);
    }

    static String key(String number) {
        return "n-" + number.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static List<String> keys(JsonNode node, java.util.function.UnaryOperator<String> toKey) {
        if (node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            return node.valueStream().map(n -> toKey.apply(n.asString())).toList();
        }
        return List.of(toKey.apply(node.asString()));
    }

    private static List<DraftPoint> lines(Path file, boolean withTitles) {
        var points = new ArrayList<DraftPoint>();
        for (var line : read(file).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            var m = LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ": not 'N. Title: text': " + line);
            }
            points.add(new DraftPoint(null, m.group(1), withTitles ? m.group(2).strip() : null, m.group(3).strip(), null, null, null));
        }
        return points;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return draft.points().size();
    }

    /**
     * A synthetic redraft of this case's base, for training only: every seventh point joined with the
     * next one (a merge) and every eleventh cut in two at a clause (a split), the rest as they were.
     * The real drafts hold few merges and splits this plain; without them the many-to-one models learn
     * that a relation is rare enough to be taken almost never.
     */
    EvaluationCase joinedAndCut() {
        var points = new ArrayList<DraftPoint>();
        var truth = new LinkedHashMap<String, List<String>>();
        for (int b = 0; b < base.size(); b++) {
            var point = base.get(b);
            var number = Integer.toString(points.size() + 1);
            int cut = point.text().indexOf(", ", point.text().length() / 3);
            if (b % 7 == 3 && b + 1 < base.size()) {
                var next = base.get(b + 1);
                points.add(new DraftPoint(null, number, point.category(), point.text() + " " + next.text(), null, null, null));
                truth.put(number, List.of(point.key(), next.key()));
                b++;
            } else if (b % 11 == 5 && cut > 0 && cut < point.text().length() - 20) {
                points.add(new DraftPoint(null, number, point.category(), point.text().substring(0, cut + 1), null, null, null));
                truth.put(number, List.of(point.key()));
                var second = Integer.toString(points.size() + 1);
                points.add(new DraftPoint(null, second, null, point.text().substring(cut + 2), null, null, null));
                truth.put(second, List.of(point.key()));
            } else {
                points.add(new DraftPoint(null, number, point.category(), point.text(), null, null, null));
                truth.put(number, List.of(point.key()));
            }
        }
        var draftOf = new Draft(null, name + "-joined-and-cut", null, null, null, false, null, null, null, points);
        return new EvaluationCase(name + "-joined-and-cut", false, "synthetic, from " + name, base, draftOf, truth, Set.of());
    }
}
