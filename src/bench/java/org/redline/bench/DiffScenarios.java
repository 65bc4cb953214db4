package org.redline.bench;

import java.util.ArrayList;
import java.util.List;
import org.redline.alignment.Alignment;
import org.redline.importing.FixtureDrafts;
import org.redline.version.BenchViews;
import org.redline.version.VersionView;

/**
 * The pairs of versions the diff benchmarks compare. Each is built the way the service builds versions
 * (the peace plan through the JSON reader, alignment and {@code VersionContent}), without a database.
 */
public final class DiffScenarios {

    /** The 28-point plan, versions 1 and 2 of fixtures/peace-plan. */
    public static final String PLAN = "plan-28";
    /** 1,000 clauses, every 20th (5%) edited. */
    public static final String CLAUSES_1K = "clauses-1000";
    /** 10,000 clauses, every 20th (5%) edited. */
    public static final String CLAUSES_10K = "clauses-10000";
    /** Adversarial: 1,000 clauses, every one rewritten. */
    public static final String REWRITE_ALL = "rewrite-all-1000";
    /** Adversarial: one point of 100,000 words against one of 1 word. */
    public static final String HUGE_VS_ONE = "words-100000-vs-1";

    public static final List<String> COMPARED = List.of(PLAN, CLAUSES_1K, CLAUSES_10K);
    public static final List<String> ADVERSARIAL = List.of(REWRITE_ALL, HUGE_VS_ONE);

    public record Pair(VersionView from, VersionView to) {
    }

    private DiffScenarios() {
    }

    public static Pair build(String name) {
        return switch (name) {
            case PLAN -> plan();
            case CLAUSES_1K -> edited(1_000);
            case CLAUSES_10K -> edited(10_000);
            case REWRITE_ALL -> rewriteAll(1_000);
            case HUGE_VS_ONE -> hugeVsOne();
            default -> throw new IllegalArgumentException("no diff scenario " + name);
        };
    }

    private static Pair plan() {
        var drafts = FixtureDrafts.read("peace-plan");
        var alignment = Alignment.inMemory();
        var v1 = BenchViews.of("peace-plan", 1, alignment.align(drafts.get(0), List.of()).draft(), null);
        var v2 = BenchViews.of("peace-plan", 2, alignment.align(drafts.get(1), v1.points()).draft(), v1);
        return new Pair(v1, v2);
    }

    private static Pair edited(int clauses) {
        var keys = keys(clauses);
        var before = Corpus.clauses(clauses, clauses);
        var after = new ArrayList<>(before);
        for (int i = 0; i < clauses; i += 20) {
            after.set(i, Corpus.edit(before.get(i), i));
        }
        return new Pair(BenchViews.synthetic("clauses", 1, keys, before), BenchViews.synthetic("clauses", 2, keys, after));
    }

    private static Pair rewriteAll(int clauses) {
        var keys = keys(clauses);
        return new Pair(BenchViews.synthetic("clauses", 1, keys, Corpus.clauses(clauses, clauses)),
                BenchViews.synthetic("clauses", 2, keys, Corpus.clauses(clauses + 7, clauses)));
    }

    private static Pair hugeVsOne() {
        var keys = List.of("c1");
        return new Pair(BenchViews.synthetic("words", 1, keys, List.of(Corpus.words(42, 100_000))),
                BenchViews.synthetic("words", 2, keys, List.of("peace")));
    }

    private static List<String> keys(int count) {
        var keys = new ArrayList<String>(count);
        for (int i = 1; i <= count; i++) {
            keys.add(String.format("c%05d", i));
        }
        return keys;
    }

    /** A version as a researcher would save it for git: one clause per line, "number. text". */
    public static String asText(VersionView version) {
        var text = new StringBuilder();
        for (var point : version.points()) {
            if (point.text() != null) {
                text.append(point.number() == null ? "-" : point.number()).append(". ").append(point.text()).append('\n');
            }
        }
        return text.toString();
    }
}
