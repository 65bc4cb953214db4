package org.redline.alignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.redline.bench.Corpus;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointStatus;
import org.redline.version.PointView;

/**
 * Aligning a draft against a base of the same size, as a preview or a recording does: 75% of the
 * points unchanged, 20% reworded (one or two small edits), 3% dropped, 5% new, 1% swapped with a
 * neighbour, every point renumbered by its new place. The base's embeddings are stored already (as
 * recording stores them), so what is timed is the alignment of the draft: its stages, the embedding of
 * the draft texts that reach the weighing, and the decisions. {@code alignEmbedded} is the same with the
 * draft's embeddings known too: the difference is the embedding's share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@Warmup(iterations = 3)
@Measurement(iterations = 7)
public class AlignBench {

    @Param({"1000", "10000"})
    public int points;

    private List<PointView> base;
    private Draft draft;
    private TextVectors baseVectors;
    private TextVectors allVectors;
    private MatchModel model;

    @Setup
    public void setUp() {
        var texts = Corpus.clauses(42, points);
        base = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            base.add(new PointView("p" + (i + 1), Integer.toString(i + 1), null, texts.get(i), PointStatus.AGREED, true, List.of(), null, i));
        }
        var random = new SplittableRandom(7);
        var drafted = new ArrayList<String>();
        for (int i = 0; i < points; i++) {
            int roll = random.nextInt(100);
            if (roll < 3) {
                continue;
            }
            drafted.add(roll < 23 ? Corpus.edit(texts.get(i), i) : texts.get(i));
            if (random.nextInt(100) < 5) {
                drafted.add(Corpus.clause(99, i));
            }
        }
        for (int i = 0; i + 1 < drafted.size(); i++) {
            if (random.nextInt(100) == 0) {
                Collections.swap(drafted, i, i + 1);
            }
        }
        var draftPoints = new ArrayList<DraftPoint>();
        for (int i = 0; i < drafted.size(); i++) {
            draftPoints.add(new DraftPoint(null, Integer.toString(i + 1), null, drafted.get(i), null, null, null));
        }
        draft = new Draft(null, "bench", null, null, null, false, null, null, null, draftPoints);
        model = MatchModel.shipped();
        baseVectors = new TextVectors();
        allVectors = new TextVectors();
        base.parallelStream().forEach(p -> {
            var vector = SentenceModel.embed(p.text());
            baseVectors.put(p.text(), vector);
            allVectors.put(p.text(), vector);
        });
        drafted.parallelStream().forEach(text -> allVectors.put(text, SentenceModel.embed(text)));
    }

    @Benchmark
    public AlignedDraft align() {
        var run = new AlignmentRun(draft.points(), base, Set.of(), model, baseVectors.copy());
        run.align();
        return run.result(draft);
    }

    @Benchmark
    public AlignedDraft alignEmbedded() {
        var run = new AlignmentRun(draft.points(), base, Set.of(), model, allVectors);
        run.align();
        return run.result(draft);
    }
}
