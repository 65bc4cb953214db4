package org.redline.alignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redline.alignment.AlignmentState.Candidate;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;

/**
 * One alignment: runs the stages {@link Alignment} describes, in order, over one {@link AlignmentState},
 * and turns what they settled into the answer. The stages live in {@link ExactStages}, {@link
 * Weighing}, {@link Decision} and {@link ManyToOne}; this class is the one the service, the evaluation
 * and the benchmarks drive.
 */
final class AlignmentRun {

    private final AlignmentState state;
    private Observer observer = Observer.NONE;

    /** Sees every many-to-one candidate the run weighs: how the evaluation collects what it fits the models on. */
    interface Observer {
        Observer NONE = new Observer() {
        };

        default void merge(int draftIndex, int baseIndex, double[] evidence) {
        }

        default void split(int draftIndex, int baseIndex, double[] evidence) {
        }
    }

    private boolean partial;

    AlignmentRun observedBy(Observer watching) {
        this.observer = watching;
        return this;
    }

    /**
     * A partial draft leaves most of its base unmentioned on purpose (they stay, as unknown): only the base
     * points its own points weighed are looked at as merged into them. Without this a one-point partial draft
     * over a 20,000-point base weighed every other base point as a merge (minutes).
     */
    AlignmentRun partial(boolean isPartial) {
        this.partial = isPartial;
        return this;
    }

    AlignmentRun(List<DraftPoint> points, List<PointView> base, Set<Integer> markedNew, MatchModel model, TextVectors vectors) {
        this.state = new AlignmentState(points, base, markedNew, model, vectors);
    }

    void align() {
        var exact = new ExactStages(state);
        exact.explicit();
        exact.byNumber();
        exact.identical();
        exact.sameTitle();
        var rows = state.openRows();
        var columns = state.openColumns();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        var corpus = new ArrayList<String>();
        rows.forEach(i -> corpus.add(Evidence.document(state.points.get(i))));
        columns.forEach(b -> corpus.add(Evidence.document(state.base.get(b))));
        state.words = new TextSimilarity(corpus);
        exact.nearIdentical(rows, columns);
        rows = state.openRows();
        columns = state.openColumns();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        new Weighing(state).weigh(rows, columns);
        new Decision(state).decide(rows);
        var manyToOne = new ManyToOne(state, observer);
        manyToOne.merges(partial ? state.weighedColumns(columns) : columns);
        manyToOne.splits(rows);
    }

    // ---- the answer

    AlignedDraft result(Draft draft) {
        var points = state.points;
        var keys = state.keys;
        var reasons = state.reasons;
        var used = new HashSet<>(state.baseIndex.keySet());
        for (var key : keys) {
            if (key != null) {
                used.add(key);
            }
        }
        var keyed = new ArrayList<DraftPoint>(points.size());
        var matches = new ArrayList<Match>(points.size());
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            if (keys[i] == null) {
                keys[i] = Keys.newKey(point, used);
                used.add(keys[i]);
                if (reasons[i] == null) {
                    reasons[i] = Match.Reason.NEW;
                }
            }
            var basePoint = state.matchedBase[i] >= 0 ? state.base.get(state.matchedBase[i]) : null;
            keyed.add(point.withKey(keys[i]).withLineage(state.mergedFrom.get(i), state.splitFrom[i]));
            matches.add(new Match(i, point.number(), keys[i], basePoint == null ? null : basePoint.key(),
                    basePoint == null ? null : basePoint.number(), round(state.scores[i]), reasons[i],
                    state.mergedFrom.get(i), state.splitFrom[i], alternatives(i)));
        }
        return new AlignedDraft(draft.withPoints(keyed), matches, state.vectors);
    }

    /** The base points the editor may pick instead, most likely first, with their probabilities. */
    private List<Match.Candidate> alternatives(int i) {
        var list = new ArrayList<Match.Candidate>();
        for (var c : state.candidates.getOrDefault(i, List.of())) {
            var basePoint = state.base.get(c.base());
            if (!basePoint.key().equals(state.keys[i]) && c.probability() >= 0.01) {
                list.add(new Match.Candidate(basePoint.key(), basePoint.number(), round(c.probability())));
            }
        }
        return list.subList(0, Math.min(3, list.size()));
    }

    /** Everything the decision weighed, for the evaluation that fits and checks the models. */
    Map<Integer, List<Candidate>> candidates() {
        return state.candidates;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
