package org.redline.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.redline.alignment.AlignmentState.Candidate;

/**
 * Stage 7: merges (a base point left over that a matched draft point covers) and splits (a draft point
 * left over that another's base point covers), each with its own evidence and model. Apart because it
 * runs after the one-to-one decision and only adds lineage to it.
 */
final class ManyToOne {

    private final AlignmentState state;
    private final AlignmentRun.Observer observer;

    ManyToOne(AlignmentState state, AlignmentRun.Observer observer) {
        this.state = state;
        this.observer = observer;
    }

    /** Base points left over, each tried against the matched draft points that read closest to it. */
    void merges(List<Integer> columns) {
        var readers = new HashMap<Integer, List<Integer>>();
        state.candidates.forEach((i, list) -> list.forEach(c -> readers.computeIfAbsent(c.base(), k -> new ArrayList<>()).add(i)));
        for (int b : columns) {
            if (!state.openBase(b) || !readers.containsKey(b)) {
                continue;
            }
            var closest = readers.get(b).stream().sorted(Comparator.comparingDouble((Integer i) -> -closeness(i, b))).toList();
            for (int rank = 0; rank < Math.min(2, closest.size()); rank++) {
                int i = closest.get(rank);
                if (state.matchedBase[i] < 0 || "key".equals(state.reasons[i]) || state.splitFrom[i] != null) {
                    continue;
                }
                var x = mergeEvidence(i, b, state.matchedBase[i], rank == 0);
                observer.merge(i, b, x);
                if (state.model.merge().accepts(x)) {
                    state.mergedFrom.get(i).add(state.base.get(b).key());
                    state.taken.add(state.base.get(b).key());
                    break;
                }
            }
        }
    }

    double[] mergeEvidence(int i, int b, int own, boolean bestForBase) {
        var words = state.words;
        var together = words.vector(Evidence.document(state.base.get(own)) + " " + Evidence.document(state.base.get(b)));
        double gain = words.coverage(state.draftWords(i), together) - words.coverage(state.draftWords(i), state.baseWords(own));
        double meaning = SentenceModel.cosine(state.draftMeaning(i), state.baseMeaning(b));
        double w = words.similarity(state.draftWords(i), state.baseWords(b));
        return new double[] {meaning, w, words.coverage(state.baseWords(b), state.draftWords(i)), gain,
            closeness(i, b) / Math.max(0.05, closeness(i, own)), bestForBase ? 1 : 0};
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
                    state.reasons[i] = "text";
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

    /** How close a pair reads: from its weighed candidate when there is one, else computed afresh. */
    private double closeness(int i, int b) {
        for (var c : state.candidates.getOrDefault(i, List.of())) {
            if (c.base() == b) {
                return (c.meaning() + c.words()) / 2;
            }
        }
        double meaning = SentenceModel.cosine(state.draftMeaning(i), state.baseMeaning(b));
        return (meaning + state.words.similarity(state.draftWords(i), state.baseWords(b))) / 2;
    }
}
