package org.redline.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.redline.alignment.AlignmentState.Candidate;

/**
 * Stage 7: merges (a base point left over that a matched draft point covers) and splits (a draft point
 * left over that another's base point covers), each with its own evidence and model. Apart because it
 * runs after the one-to-one decision and only adds lineage to it.
 *
 * <p>A merge's candidates for a base point b left over: the draft points that weighed b, the draft
 * points holding b's neighbours in the base (merges mostly join neighbours), and the matched draft
 * points sharing b's rarest words (a point settled by its title or near-identical wording was never
 * weighed against b). Each is weighed and the likeliest taken if the merge model accepts it. A split's,
 * for a draft point left over: the two base points held by others that it reads closest to, the first
 * accepted taken (trying every candidate and the draft neighbours' base points was measured: fewer
 * splits named, more false).
 */
final class ManyToOne {

    /** Matched draft points looked up by words for each base point left over. */
    private static final int BY_WORDS = 2;

    private final AlignmentState state;
    private final AlignmentRun.Observer observer;
    private final Map<Integer, List<String>> draftClauses = new HashMap<>();
    private WordIndex matchedIndex;

    ManyToOne(AlignmentState state, AlignmentRun.Observer observer) {
        this.state = state;
        this.observer = observer;
    }

    /** Base points left over, each tried against the matched draft points that may have absorbed it. */
    void merges(List<Integer> columns) {
        var readers = new HashMap<Integer, List<Integer>>();
        state.candidates.forEach((i, list) -> list.forEach(c -> readers.computeIfAbsent(c.base(), k -> new ArrayList<>()).add(i)));
        for (int b : columns) {
            if (!state.openBase(b) || state.base.get(b).text() == null) {
                continue;
            }
            var tried = new LinkedHashSet<>(readers.getOrDefault(b, List.of()));
            for (int next : new int[] {b - 1, b + 1}) {
                if (next >= 0 && next < state.base.size() && state.holder[next] >= 0) {
                    tried.add(state.holder[next]);
                }
            }
            matched().top(Evidence.document(state.base.get(b)), BY_WORDS).forEach(h -> tried.add(h.base()));
            tried.removeIf(i -> !absorbs(i));
            int closest = best(tried, i -> closeness(i, b), Double.NEGATIVE_INFINITY);
            int chosen = best(tried, i -> {
                var x = mergeEvidence(i, b, state.matchedBase[i], i == closest);
                observer.merge(i, b, x);
                return state.model.merge().accepts(x) ? state.model.merge().probability(x) : -1;
            }, 0);
            if (chosen >= 0) {
                state.mergedFrom.get(chosen).add(state.base.get(b).key());
                state.taken.add(state.base.get(b).key());
            }
        }
    }

    /** A draft point can have absorbed another base point: matched by evidence, not by key, and reworded. */
    private boolean absorbs(int i) {
        int own = state.matchedBase[i];
        return own >= 0 && state.reasons[i] != Match.Reason.KEY && state.splitFrom[i] == null
                && !Evidence.folded(Evidence.document(state.points.get(i))).equals(Evidence.folded(Evidence.document(state.base.get(own))));
    }

    /** Matched draft points that may have absorbed a base point, indexed by words once the first merge needs them. */
    private WordIndex matched() {
        if (matchedIndex == null) {
            var rows = new ArrayList<Integer>();
            for (int i = 0; i < state.points.size(); i++) {
                if (state.points.get(i).text() != null && absorbs(i)) {
                    rows.add(i);
                }
            }
            matchedIndex = new WordIndex(rows, i -> Evidence.document(state.points.get(i)));
        }
        return matchedIndex;
    }

    double[] mergeEvidence(int i, int b, int own, boolean bestForBase) {
        var words = state.words;
        var together = words.vector(Evidence.document(state.base.get(own)) + " " + Evidence.document(state.base.get(b)));
        double gain = words.coverage(state.draftWords(i), together) - words.coverage(state.draftWords(i), state.baseWords(own));
        double meaning = SentenceModel.cosine(state.draftMeaning(i), state.baseMeaning(b));
        double w = words.similarity(state.draftWords(i), state.baseWords(b));
        double meaningGain = cosineToSum(state.draftMeaning(i), state.baseMeaning(own), state.baseMeaning(b))
                - SentenceModel.cosine(state.draftMeaning(i), state.baseMeaning(own));
        var clauses = draftClauses.computeIfAbsent(i, k -> Clauses.of(Evidence.document(state.points.get(k))));
        return new double[] {meaning, w, words.coverage(state.baseWords(b), state.draftWords(i)), gain,
            closeness(i, b) / Math.max(0.05, closeness(i, own)), bestForBase ? 1 : 0, meaningGain,
            Clauses.distinctShare(words, clauses, state.baseWords(own), state.baseWords(b)), Math.abs(own - b) == 1 ? 1 : 0,
            titleCovered(state.base.get(b).category(), state.points.get(i).category())};
    }

    /** Draft points left over, each tried against its closest base point that another draft point holds. */
    void splits(List<Integer> rows) {
        for (int i : rows) {
            if (state.keys[i] != null || state.splitFrom[i] != null) {
                continue;
            }
            var list = state.candidates.getOrDefault(i, List.of()).stream()
                    .sorted(Comparator.comparingDouble((Candidate c) -> -(c.meaning() + c.words()))).toList();
            for (var c : list.subList(0, Math.min(2, list.size()))) {
                int other = state.holder[c.base()];
                if (other < 0 || other == i || state.points.get(other).text() == null) {
                    continue;
                }
                var x = splitEvidence(i, c.base(), other);
                observer.split(i, c.base(), x);
                if (state.model.split().accepts(x)) {
                    state.splitFrom[i] = state.base.get(c.base()).key();
                    state.scores[i] = state.model.split().probability(x);
                    state.reasons[i] = Match.Reason.TEXT;
                    break;
                }
            }
        }
    }

    double[] splitEvidence(int i, int b, int other) {
        var words = state.words;
        var together = words.vector(Evidence.document(state.points.get(other)) + " " + Evidence.document(state.points.get(i)));
        double gain = words.coverage(state.baseWords(b), together) - words.coverage(state.baseWords(b), state.draftWords(other));
        double meaning = SentenceModel.cosine(state.draftMeaning(i), state.baseMeaning(b));
        double w = words.similarity(state.draftWords(i), state.baseWords(b));
        return new double[] {meaning, w, words.coverage(state.draftWords(i), state.baseWords(b)), gain,
            closeness(i, b) / Math.max(0.05, closeness(other, b)), Math.abs(other - i) == 1 ? 1 : 0};
    }

    /** The cosine of {@code a} with the sum of {@code b} and {@code c}: how well the two together read like it. */
    private static double cosineToSum(float[] a, float[] b, float[] c) {
        double dot = 0;
        double norm = 0;
        for (int k = 0; k < a.length; k++) {
            double sum = b[k] + c[k];
            dot += a[k] * sum;
            norm += sum * sum;
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    /** The share of a source's title words the merged point's title holds ("X and Y" holds both); 0 without titles. */
    private static double titleCovered(String source, String merged) {
        if (source == null || merged == null) {
            return 0;
        }
        var wanted = Set.copyOf(Terms.of(source));
        if (wanted.isEmpty()) {
            return 0;
        }
        var held = Set.copyOf(Terms.of(merged));
        return wanted.stream().filter(held::contains).count() / (double) wanted.size();
    }

    /** The candidate with the highest score, if one scores at least {@code atLeast}; else -1. */
    private static int best(Set<Integer> candidates, ToDoubleFunction<Integer> score, double atLeast) {
        int chosen = -1;
        double best = atLeast;
        for (int candidate : candidates) {
            double s = score.applyAsDouble(candidate);
            if (s >= best) {
                best = s;
                chosen = candidate;
            }
        }
        return chosen;
    }

    /** How close a pair reads: from its weighed candidate when there is one, else computed afresh. */
    private double closeness(int i, int b) {
        for (Candidate c : state.candidates.getOrDefault(i, List.of())) {
            if (c.base() == b) {
                return (c.meaning() + c.words()) / 2;
            }
        }
        double meaning = SentenceModel.cosine(state.draftMeaning(i), state.baseMeaning(b));
        return (meaning + state.words.similarity(state.draftWords(i), state.baseWords(b))) / 2;
    }
}
