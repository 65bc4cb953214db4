package org.redline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redline.alignment.Alignment;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden test of import plus alignment: every case under {@code fixtures/alignment/} is a draft
 * ({@code draft.txt}) and the base point each of its points should continue ({@code expected.json}:
 * number → key, a list of keys for a merge, the same key on two numbers for a split, null for a new
 * point), aligned against the 28-point seed table. Prints the figures it measures. A case may list
 * {@code knownMisses} (number → why): those points (a continuation, a merge or a split missed, a new
 * point forced) are not required to be right, and stay in the printed figures as misses; any other
 * point aligned wrong fails the case; a known miss may also be a merge or split reported there that is not
 * in the draft. They are open defects of the alignment, written down where they happen; the published
 * concordances are scored by AlignmentEvaluation.
 */
class AlignmentFixturesTest {

    static final Path CASES = Path.of("fixtures", "alignment");

    /** The seed's 28 points, keyed as the fixtures key them: the category's slug. */
    static List<PointView> seed() {
        var upload = new DraftUpload(bytes(CASES.resolve("seed-28pt.md")), "text/markdown", null, Map.of("label", List.of("seed")));
        var points = DraftImport.read(upload).draft().points();
        var views = new ArrayList<PointView>();
        for (var point : points) {
            var key = point.category().toLowerCase().replaceAll("[^a-z0-9]+", "-");
            views.add(new PointView(key, point.number(), point.category(), point.text(), point.status(), true, List.of(), null, views.size()));
        }
        return views;
    }

    static Stream<String> cases() throws IOException {
        try (var dirs = Files.list(CASES)) {
            // the cases with a base.txt of their own are published concordances, scored by AlignmentEvaluation
            return dirs.filter(Files::isDirectory).filter(d -> !Files.exists(d.resolve("base.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** What one case measured. */
    record Outcome(String name, int continuing, int right, int fresh, int forced, int merges, int mergesFound,
            int splits, int splitsFound, int falseRelations, List<String> wrong, int knownMisses, List<String> unexplained) {
    }

    static Outcome run(String name) {
        var dir = CASES.resolve(name);
        JsonNode expected = JsonMapper.shared().readTree(bytes(dir.resolve("expected.json")));
        var partial = expected.has("partial") && expected.get("partial").asBoolean();
        var upload = new DraftUpload(bytes(dir.resolve("draft.txt")), "text/plain", "draft.txt",
                Map.of("label", List.of(name), "partial", List.of(Boolean.toString(partial))));
        var draft = DraftImport.read(upload).draft();
        var base = seed();
        var baseKeys = new HashSet<String>();
        base.forEach(p -> baseKeys.add(p.key()));
        var result = Alignment.inMemory().align(draft, base);
        var aligned = result.draft();
        {
            // the margins the threshold sits between: the weakest right text match, the strongest candidate of a new point
            var exp = expected.get("expected");
            double lowRight = 1, highNew = 0;
            for (var m : result.matches()) {
                var e = exp.get(m.number());
                if (e == null) continue;
                if (e.isNull()) {
                    highNew = Math.max(highNew, m.alternatives().isEmpty() ? m.score() : Math.max(m.score(), m.alternatives().get(0).score()));
                } else if (m.reason().equals("text") && m.splitFrom() == null && (e.isArray() ? e.toString().contains(m.key()) : e.asString().equals(m.key()))) {
                    lowRight = Math.min(lowRight, m.score());
                }
            }
            System.out.printf("margin %-30s lowest right %.3f highest new %.3f%n", name, lowRight, highNew);
        }
        if (System.getProperty("alignment.debug") != null) {
            result.matches().forEach(m -> System.out.println("  " + name + " " + m.number() + " -> " + m.key() + " " + m.score()
                    + " " + m.reason() + " merged" + m.mergedFrom() + " split " + m.splitFrom() + " alt " + m.alternatives()));
        }

        Map<String, DraftPoint> byNumber = new LinkedHashMap<>();
        aligned.points().forEach(p -> byNumber.put(p.number(), p));
        var unscored = new HashSet<String>();
        if (expected.has("unscored")) {
            expected.get("unscored").forEach(n -> unscored.add(n.asString()));
        }
        // points written down as known misses: a false merge or split there is a known miss too
        var knownFalse = new HashSet<String>();
        if (expected.has("knownMisses")) {
            expected.get("knownMisses").properties().forEach(e -> knownFalse.add(e.getKey()));
        }
        int continuing = 0, right = 0, fresh = 0, forced = 0, merges = 0, mergesFound = 0, falseRelations = 0;
        var wrong = new ArrayList<String>();
        var expectedByKey = new LinkedHashMap<String, List<String>>();
        for (var entry : expected.get("expected").properties()) {
            var number = entry.getKey();
            var point = byNumber.get(number);
            assertThat(point).as("%s: the draft has a point %s", name, number).isNotNull();
            Set<String> want = new TreeSet<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(k -> want.add(k.asString()));
            } else if (!entry.getValue().isNull()) {
                want.add(entry.getValue().asString());
            }
            want.forEach(k -> expectedByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(number));
            Set<String> got = new TreeSet<>();
            if (baseKeys.contains(point.key())) {
                got.add(point.key());
            }
            got.addAll(point.mergedFrom());
            if (point.splitFrom() != null) {
                got.add(point.splitFrom());
            }
            if (want.size() > 1) {
                merges++;
                if (got.equals(want) && !point.mergedFrom().isEmpty()) {
                    mergesFound++;
                }
            } else if (!point.mergedFrom().isEmpty() && !knownFalse.contains(number)) {
                falseRelations++;
            }
            if (want.isEmpty()) {
                fresh++;
                if (!got.isEmpty()) {
                    forced++;
                    wrong.add(number + " forced onto " + got);
                }
            } else {
                continuing++;
                // a documented false merge or split beside the right continuation still continues the right point
                if (got.equals(want) || knownFalse.contains(number) && got.containsAll(want)) {
                    right++;
                } else {
                    wrong.add(number + " expected " + want + " got " + got);
                }
            }
        }
        int splits = 0, splitsFound = 0;
        for (var entry : expectedByKey.entrySet()) {
            var numbers = entry.getValue().stream().filter(n -> !(expected.get("expected").get(n).isArray())).toList();
            if (numbers.size() > 1) {
                splits++;
                var parts = numbers.stream().map(byNumber::get).toList();
                boolean holder = parts.stream().filter(p -> p.key().equals(entry.getKey())).count() == 1;
                boolean others = parts.stream().filter(p -> !p.key().equals(entry.getKey()))
                        .allMatch(p -> entry.getKey().equals(p.splitFrom()));
                if (holder && others) {
                    splitsFound++;
                }
            }
        }
        for (var point : aligned.points()) {
            if (point.splitFrom() != null && expectedByKey.getOrDefault(point.splitFrom(), List.of()).size() < 2
                    && !knownFalse.contains(point.number())) {
                falseRelations++;
            }
        }
        int knownMisses = expected.has("knownMisses") ? expected.get("knownMisses").size() : 0;
        var written = new HashSet<>(knownFalse);
        if (expected.has("knownMisses")) {
            expected.get("knownMisses").properties().forEach(e -> written.add(e.getKey()));
        }
        var unexplained = wrong.stream().filter(w -> !written.contains(w.substring(0, w.indexOf(' ')))).toList();
        return new Outcome(name, continuing, right, fresh, forced, merges, mergesFound, splits, splitsFound, falseRelations,
                wrong, knownMisses, unexplained);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseAlignsAsWrittenDown(String name) {
        var outcome = run(name);
        System.out.printf("alignment %-28s continuing %2d right %2d | new %2d forced %d | merges %d/%d splits %d/%d false %d %s%n",
                name, outcome.continuing(), outcome.right(), outcome.fresh(), outcome.forced(), outcome.mergesFound(),
                outcome.merges(), outcome.splitsFound(), outcome.splits(), outcome.falseRelations(), outcome.wrong());
        // every point aligned wrong (a continuing point missed, a new point forced) is written down in the case
        assertThat(outcome.unexplained()).as("%s: points aligned wrong that the case does not list in knownMisses", name).isEmpty();
        assertThat(outcome.mergesFound() + outcome.splitsFound()).as("%s: merges and splits reported", name)
                .isGreaterThanOrEqualTo(outcome.merges() + outcome.splits() - outcome.knownMisses());
        assertThat(outcome.falseRelations()).as("%s: merges or splits reported that are not there", name).isZero();
    }

    @Test
    void overAllCasesNineInTenContinuingPointsFindTheirBasePoint() throws IOException {
        int continuing = 0, right = 0, fresh = 0, forced = 0, merges = 0, mergesFound = 0, splits = 0, splitsFound = 0;
        for (var name : cases().toList()) {
            var outcome = run(name);
            continuing += outcome.continuing();
            right += outcome.right();
            fresh += outcome.fresh();
            forced += outcome.forced();
            merges += outcome.merges();
            mergesFound += outcome.mergesFound();
            splits += outcome.splits();
            splitsFound += outcome.splitsFound();
        }
        System.out.printf("alignment overall: %d/%d continuing points right (%.1f%%), %d/%d new points forced, "
                + "merges %d/%d, splits %d/%d%n", right, continuing, 100.0 * right / continuing, forced, fresh,
                mergesFound, merges, splitsFound, splits);
        assertThat((double) right / continuing).isGreaterThanOrEqualTo(0.9);
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
