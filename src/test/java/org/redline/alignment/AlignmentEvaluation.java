package org.redline.alignment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code make align-eval}: fits the alignment's three decisions on the labelled corpus of
 * {@code fixtures/alignment/} and reports how they do on cases they were not fitted on. Leave one case
 * out: for each case, the models are fitted on every other case (both with and without titles) and
 * the case is aligned with them, with titles and without. The figures printed are those held-out
 * alignments'. With {@code --misses}, every continuing point a held-out alignment missed is printed with
 * why: left new or matched wrong, the probability of the true pair and its evidence, and what won. Then
 * the models are fitted on every case and, with {@code --write}, written to
 * {@code src/main/resources/alignment/model.json}.
 */
public final class AlignmentEvaluation {

    static final Path MODEL = Path.of("src", "main", "resources", "alignment", "model.json");

    /** What one alignment got right and wrong, counted per decision. */
    record Score(int continuing, int continuingRight, int predictedContinuing, int fresh, int freshRight, int predictedNew,
            int merges, int mergesNamed, int mergeLinks, int mergeLinksRight, int splits, int splitsNamed, int splitLinks,
            int splitLinksRight, long millis, List<String> wrong) {

        Score plus(Score o) {
            var all = new ArrayList<>(wrong);
            all.addAll(o.wrong);
            return new Score(continuing + o.continuing, continuingRight + o.continuingRight, predictedContinuing + o.predictedContinuing,
                    fresh + o.fresh, freshRight + o.freshRight, predictedNew + o.predictedNew, merges + o.merges,
                    mergesNamed + o.mergesNamed, mergeLinks + o.mergeLinks, mergeLinksRight + o.mergeLinksRight, splits + o.splits,
                    splitsNamed + o.splitsNamed, splitLinks + o.splitLinks, splitLinksRight + o.splitLinksRight, millis + o.millis, all);
        }

        static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /** The outcome of a whole evaluation: per case and variant, the held-out scores. */
    record Report(Map<String, Score> withTitles, Map<String, Score> withoutTitles, MatchModel fitted) {
    }

    private static final MatchModel OBSERVING = new MatchModel(null, never(Evidence.MERGE), never(Evidence.SPLIT));

    private final TextVectors vectors = new TextVectors();

    public static void main(String[] args) throws IOException {
        boolean write = List.of(args).contains("--write");
        var evaluation = new AlignmentEvaluation();
        evaluation.explain = List.of(args).contains("--misses");
        var report = evaluation.run();
        evaluation.misses.forEach(m -> System.out.println("  miss: " + m));
        System.out.println(table("with titles (\"N. Title: text\"), each case aligned by models fitted on the other cases", report.withTitles()));
        System.out.println(table("without titles (\"N. text\"), each case aligned by models fitted on the other cases", report.withoutTitles()));
        if (List.of(args).contains("--previous")) {
            for (boolean titles : new boolean[] {true, false}) {
                var scores = new LinkedHashMap<String, Score>();
                EvaluationCase.all(titles).forEach(c -> scores.put(c.name(), previous(c)));
                System.out.println(table("BASELINE, the aligner before issue 12 (tuned on the peace-plan cases), "
                        + (titles ? "with" : "without") + " titles", scores));
            }
        }
        if (List.of(args).contains("--wrong")) {
            report.withoutTitles().forEach((name, score) -> score.wrong().stream().filter(w -> !w.startsWith("merge missed"))
                    .forEach(w -> System.out.println("  without titles: " + w)));
        }
        if (List.of(args).contains("--merges")) {
            report.withTitles().forEach((name, score) -> score.wrong().stream().filter(w -> w.startsWith("merge missed"))
                    .forEach(w -> System.out.println("  with titles: " + w)));
            report.withoutTitles().forEach((name, score) -> score.wrong().stream().filter(w -> w.startsWith("merge missed"))
                    .forEach(w -> System.out.println("  without titles: " + w)));
        }
        System.out.println("\nfitted on every case:\n" + json(report.fitted()));
        if (write) {
            Files.writeString(MODEL, json(report.fitted()));
            System.out.println("wrote " + MODEL);
        }
    }

    Report run() {
        var titled = EvaluationCase.all(true);
        var plain = EvaluationCase.all(false);
        var withTitles = new LinkedHashMap<String, Score>();
        var withoutTitles = new LinkedHashMap<String, Score>();
        for (int k = 0; k < titled.size(); k++) {
            var held = titled.get(k).name();
            Predicate<EvaluationCase> training = c -> !c.name().equals(held);
            var model = fit(titled.stream().filter(training).toList(), plain.stream().filter(training).toList());
            withTitles.put(held, score(titled.get(k), model));
            withoutTitles.put(held, score(plain.get(k), model));
        }
        return new Report(withTitles, withoutTitles, fit(titled, plain));
    }

    /** Fits the three models on the given cases, with and without titles. */
    MatchModel fit(List<EvaluationCase> titled, List<EvaluationCase> plain) {
        var cases = new ArrayList<>(titled);
        cases.addAll(plain);
        var continuingRows = new ArrayList<LogisticFit.Row>();
        cases.forEach(c -> continuingRows.addAll(continuingRows(c)));
        var continuing = LogisticFit.fit(Evidence.CONTINUING, continuingRows);
        var mergeRows = new ArrayList<LogisticFit.Row>();
        var splitRows = new ArrayList<LogisticFit.Row>();
        // the many-to-one models also see plain merges and splits made from the training cases' own bases
        // (never from the held-out case's); the pair model is fitted on real redrafts only
        var manyToOne = new ArrayList<>(cases);
        cases.stream().filter(EvaluationCase::published).forEach(c -> manyToOne.add(c.joinedAndCut()));
        for (var c : manyToOne) {
            align(c, new MatchModel(continuing, OBSERVING.merge(), OBSERVING.split()), new AlignmentRun.Observer() {
                @Override
                public void merge(int i, int b, double[] evidence) {
                    if (c.scored(c.draft().points().get(i).number())) {
                        mergeRows.add(new LogisticFit.Row(evidence, wants(c, i, b)));
                    }
                }

                @Override
                public void split(int i, int b, double[] evidence) {
                    if (c.scored(c.draft().points().get(i).number())) {
                        splitRows.add(new LogisticFit.Row(evidence, wants(c, i, b)));
                    }
                }
            });
        }
        return new MatchModel(continuing, LogisticFit.withBestThreshold(LogisticFit.fit(Evidence.MERGE, mergeRows), mergeRows),
                LogisticFit.withBestThreshold(LogisticFit.fit(Evidence.SPLIT, splitRows), splitRows));
    }

    /**
     * A case's labelled pairs for the continuing model. The candidates and their evidence do not depend
     * on the model (it only turns them into probabilities), so each case is weighed once, not once a fold.
     */
    private List<LogisticFit.Row> continuingRows(EvaluationCase c) {
        return continuingRows.computeIfAbsent(c, k -> {
            var rows = new ArrayList<LogisticFit.Row>();
            var run = align(c, OBSERVING_CONTINUING, AlignmentRun.Observer.NONE);
            run.candidates().forEach((i, list) -> {
                if (!c.scored(c.draft().points().get(i).number())) {
                    return;
                }
                var want = c.expected().getOrDefault(c.draft().points().get(i).number(), List.of());
                // any source counts: a merged-in or split point reads as a continuation of it, and the
                // one-to-one assignment leaves the rest to the many-to-one models (main-source-only labels
                // were tried: 1-3 points fewer right, no fewer forced)
                list.forEach(candidate -> rows.add(new LogisticFit.Row(candidate.evidence(),
                        want.contains(c.base().get(candidate.base()).key()))));
            });
            return rows;
        });
    }

    private final Map<EvaluationCase, List<LogisticFit.Row>> continuingRows = new java.util.IdentityHashMap<>();

    private static final MatchModel OBSERVING_CONTINUING = new MatchModel(never(Evidence.CONTINUING), never(Evidence.MERGE),
            never(Evidence.SPLIT));

    private static boolean wants(EvaluationCase c, int i, int b) {
        return c.expected().getOrDefault(c.draft().points().get(i).number(), List.of()).contains(c.base().get(b).key());
    }

    private static MatchModel.Logistic never(List<String> features) {
        return new MatchModel.Logistic(features, new double[features.size()], -50);
    }

    private AlignmentRun align(EvaluationCase c, MatchModel model, AlignmentRun.Observer observer) {
        var run = new AlignmentRun(c.draft().points(), c.base(), Set.of(), model, vectors).partial(c.draft().partial())
                .observedBy(observer);
        run.align();
        return run;
    }

    /** Aligns a case with a model and counts; the time is a fresh alignment's, embedding included. */
    Score score(EvaluationCase c, MatchModel model) {
        long start = System.nanoTime();
        var fresh = new AlignmentRun(c.draft().points(), c.base(), Set.of(), model, new TextVectors()).partial(c.draft().partial());
        fresh.align();
        long millis = (System.nanoTime() - start) / 1_000_000;
        var aligned = fresh.result(c.draft());
        if (explain) {
            misses.addAll(explain(c, aligned, fresh.candidates()));
        }
        return count(c, aligned.draft().points(), millis);
    }

    private boolean explain;
    private final List<String> misses = new ArrayList<>();

    /**
     * Each continuing point missed: left new (and whether another draft point holds its true base point,
     * a split or merge not named) or matched wrong; the true pair's probability, rank and evidence; what won.
     */
    private static List<String> explain(EvaluationCase c, AlignedDraft aligned, Map<Integer, List<AlignmentState.Candidate>> candidates) {
        var lines = new ArrayList<String>();
        var points = aligned.draft().points();
        var variant = points.stream().anyMatch(p -> p.category() != null) ? "titles" : "plain";
        for (int i = 0; i < points.size(); i++) {
            var number = points.get(i).number();
            var want = c.expected().getOrDefault(number, List.of());
            var match = aligned.matches().get(i);
            var got = match.baseKey() != null ? match.baseKey() : match.splitFrom();
            if (!c.scored(number) || want.isEmpty() || (got != null && want.contains(got))) {
                continue;
            }
            String truePair = "true pair not a candidate";
            int rank = 0;
            for (var candidate : candidates.getOrDefault(i, List.of())) {
                rank++;
                if (want.contains(c.base().get(candidate.base()).key())) {
                    truePair = String.format(Locale.ROOT, "true p %.2f (rank %d) %s", candidate.probability(), rank, evidence(candidate.evidence()));
                    break;
                }
            }
            var held = "";
            for (var other : aligned.matches()) {
                if (other.index() != i && other.baseKey() != null && want.contains(other.baseKey())) {
                    held = " [true base point held by " + other.number() + " at " + other.score() + "]";
                }
            }
            lines.add(String.format(Locale.ROOT, "%s (%s) %s %s: %s, %s; won %s%s", c.name(), variant, number,
                    got == null ? "LEFT NEW" : "MATCHED WRONG", want, truePair,
                    got == null ? "nothing" : got + " at " + match.score() + " (" + match.reason() + ")", held));
        }
        return lines;
    }

    private static String evidence(double[] x) {
        var parts = new ArrayList<String>();
        for (int k = 0; k < x.length; k++) {
            parts.add(String.format(Locale.ROOT, "%s=%.2f", Evidence.CONTINUING.get(k), x[k]));
        }
        return String.join(" ", parts);
    }

    /** The aligner as it was before issue 12, scored the same way: the baseline. */
    static Score previous(EvaluationCase c) {
        long start = System.nanoTime();
        var points = new PreviousAlignment().align(c.draft(), c.base()).points();
        return count(c, points, (System.nanoTime() - start) / 1_000_000);
    }

    static Score count(EvaluationCase c, List<org.redline.version.DraftPoint> result, long millis) {
        var baseKeys = new HashSet<String>();
        c.base().forEach(p -> baseKeys.add(p.key()));
        int continuing = 0, continuingRight = 0, predictedContinuing = 0, freshCount = 0, freshRight = 0, predictedNew = 0;
        int merges = 0, mergesNamed = 0, mergeLinks = 0, mergeLinksRight = 0, splitLinks = 0, splitLinksRight = 0;
        var wrong = new ArrayList<String>();
        var byBase = new HashMap<String, List<Integer>>();
        for (int i = 0; i < result.size(); i++) {
            var point = result.get(i);
            if (!c.scored(point.number())) {
                continue;
            }
            var want = c.expected().getOrDefault(point.number(), List.of());
            want.forEach(k -> byBase.computeIfAbsent(k, x -> new ArrayList<>()).add(0));
            var continues = baseKeys.contains(point.key()) ? point.key() : point.splitFrom();
            if (continues != null) {
                predictedContinuing++;
            } else {
                predictedNew++;
            }
            if (want.isEmpty()) {
                freshCount++;
                if (continues == null) {
                    freshRight++;
                } else {
                    wrong.add(c.name() + " " + point.number() + ": new, forced onto " + continues);
                }
            } else {
                continuing++;
                if (continues != null && want.contains(continues)) {
                    continuingRight++;
                } else {
                    wrong.add(c.name() + " " + point.number() + ": expected " + want + ", got " + (continues == null ? "new" : continues));
                }
            }
            if (want.size() > 1) {
                merges++;
                if (point.mergedFrom().stream().anyMatch(want::contains) && continues != null && want.contains(continues)) {
                    mergesNamed++;
                } else {
                    wrong.add("merge missed: " + c.name() + " " + point.number() + " " + want + " continues " + continues
                            + ", merges " + point.mergedFrom() + "; " + whereEach(want, continues, result));
                }
            }
            for (var merged : point.mergedFrom()) {
                mergeLinks++;
                if (want.contains(merged)) {
                    mergeLinksRight++;
                }
            }
            if (point.splitFrom() != null) {
                splitLinks++;
                if (want.contains(point.splitFrom())) {
                    splitLinksRight++;
                }
            }
        }
        // a split: one base point named by two or more draft points; named when one of them says so
        int splits = 0, splitsNamed = 0;
        for (var entry : byBase.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            splits++;
            var key = entry.getKey();
            boolean named = result.stream().anyMatch(p -> key.equals(p.splitFrom())
                    && c.expected().getOrDefault(p.number(), List.of()).contains(key));
            if (named) {
                splitsNamed++;
            }
        }
        return new Score(continuing, continuingRight, predictedContinuing, freshCount, freshRight, predictedNew, merges, mergesNamed,
                mergeLinks, mergeLinksRight, splits, splitsNamed, splitLinks, splitLinksRight, millis, wrong);
    }

    /** Where each source of a missed merge went: held by which draft point, split into one, or left over. */
    private static String whereEach(List<String> want, String continues, List<org.redline.version.DraftPoint> result) {
        var out = new ArrayList<String>();
        for (var key : want) {
            if (key.equals(continues)) {
                continue;
            }
            var holder = result.stream().filter(p -> key.equals(p.key()) || key.equals(p.splitFrom()) || p.mergedFrom().contains(key))
                    .map(p -> p.number() + (key.equals(p.key()) ? "" : key.equals(p.splitFrom()) ? " (split)" : " (merged)")).toList();
            out.add(key + " -> " + (holder.isEmpty() ? "left over" : String.join(", ", holder)));
        }
        return String.join("; ", out);
    }

    static String table(String title, Map<String, Score> scores) {
        var out = new StringBuilder("\n" + title + "\n");
        out.append(String.format(Locale.ROOT, "%-32s %5s %13s %13s %9s %13s %9s %12s %7s%n", "case", "pts", "continuing P", "continuing R",
                "new R", "new P", "merges", "splits", "ms"));
        var published = Score.ZERO;
        var peace = Score.ZERO;
        for (var entry : scores.entrySet()) {
            out.append(row(entry.getKey(), entry.getValue()));
            if (entry.getKey().startsWith("heldout-") || isPeacePlan(entry.getKey())) {
                peace = peace.plus(entry.getValue());
            } else {
                published = published.plus(entry.getValue());
            }
        }
        out.append(row("TOTAL published concordances", published));
        out.append(row("TOTAL peace-plan cases", peace));
        out.append(row("TOTAL", published.plus(peace)));
        return out.toString();
    }

    static boolean isPeacePlan(String name) {
        return !Files.exists(EvaluationCase.ROOT.resolve(name).resolve("base.txt"));
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "%-32s %5d %13s %13s %9s %13s %9s %12s %7d%n", name, s.continuing() + s.fresh(),
                ratio(s.continuingRight(), s.predictedContinuing()), ratio(s.continuingRight(), s.continuing()),
                ratio(s.freshRight(), s.fresh()), ratio(s.freshRight(), s.predictedNew()),
                s.mergesNamed() + "/" + s.merges() + (s.mergeLinks() > s.mergeLinksRight() ? " -" + (s.mergeLinks() - s.mergeLinksRight()) : ""),
                s.splitsNamed() + "/" + s.splits() + (s.splitLinks() > s.splitLinksRight() ? " -" + (s.splitLinks() - s.splitLinksRight()) : ""),
                s.millis());
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %3.0f%%", part, whole, 100.0 * part / whole);
    }

    static String json(MatchModel model) {
        return "{\n  \"fittedBy\": \"make align-eval (AlignmentEvaluation --write) on every case of fixtures/alignment\",\n"
                + "  \"continuing\": " + json(model.continuing()) + ",\n  \"merge\": " + json(model.merge()) + ",\n  \"split\": "
                + json(model.split()) + "\n}\n";
    }

    private static String json(MatchModel.Logistic l) {
        var features = String.join(", ", l.features().stream().map(f -> "\"" + f + "\"").toList());
        var weights = new ArrayList<String>();
        for (double w : l.weights()) {
            weights.add(String.format(Locale.ROOT, "%.4f", w));
        }
        return String.format(Locale.ROOT, "{\"features\": [%s],\n    \"weights\": [%s], \"intercept\": %.4f, \"threshold\": %.2f}",
                features, String.join(", ", weights), l.intercept(), l.threshold());
    }
}
