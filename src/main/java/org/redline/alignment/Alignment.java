package org.redline.alignment;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alignment feature's one entry: gives every point of a draft its key, the identity that ties it
 * to the same point in other versions, and says how sure it is.
 *
 * <p>In stages, each settling what it can so the next has less to weigh: explicit keys and points the
 * editor marked new; text-less points by number; identical texts; the same title on one point each
 * side; near-identical wordings (a clear mutual best by words). What is left is weighed on
 * evidence ({@link Evidence}): meaning (a sentence-embedding model), shared words, coverage, title,
 * number, place, neighbours, and the margins to the next best, turned into a calibrated probability
 * by a logistic model fitted on published concordances ({@link MatchModel}). A clear mutual best is
 * kept first; then the one-to-one assignment that maximises the summed log-odds, where leaving a point
 * new costs nothing, so a pair is made only when it is more likely than not. Last, many-to-one: a base
 * point left over that a matched draft point covers is merged into it, and a draft point left over
 * that another's base point covers was split off it, each with its own calibrated probability.
 *
 * <p>Runs outside any transaction: the only database work is one read of the base's stored
 * embeddings ({@link EmbeddingStore}); saving a recorded draft's embeddings is {@link #save}.
 */
@Service
public class Alignment {

    /** Candidates a draft point is weighed against: the best few by words and the best few by meaning. */
    static final int CANDIDATES = 6;
    /** A pair this likely, and each side's best, is kept before the assignment weighs the rest. */
    static final double CLEAR = 0.9;
    /** Above this many rows or columns left for the assignment, pairs are taken greedily by probability. */
    static final int OPTIMAL_LIMIT = 1500;
    /** Above this many pairs, meaning is only weighed for the candidates words found (no all-pairs scan). */
    static final long MEANING_SCAN_LIMIT = 25_000_000L;

    private final EmbeddingStore store;
    private final MatchModel model;

    @Autowired
    Alignment(EmbeddingStore store) {
        this(store, MatchModel.shipped());
        SentenceModel.load();
    }

    Alignment(EmbeddingStore store, MatchModel model) {
        this.store = store;
        this.model = model;
    }

    /** Alignment with nothing stored: every base text is embedded as it is read (tests, evaluation). */
    public static Alignment inMemory() {
        return new Alignment(null, MatchModel.shipped());
    }

    public AlignedDraft align(Draft draft, List<PointView> basePoints) {
        return align(null, draft, basePoints, Set.of());
    }

    public AlignedDraft align(Draft draft, List<PointView> basePoints, Set<Integer> markedNew) {
        return align(null, draft, basePoints, markedNew);
    }

    /**
     * @param document the document whose stored embeddings the base's texts have (null: embed them)
     * @param markedNew indexes of draft points the editor declared new: they continue no base point
     */
    public AlignedDraft align(String document, Draft draft, List<PointView> basePoints, Set<Integer> markedNew) {
        var vectors = new TextVectors();
        if (store != null && document != null) {
            var hashes = basePoints.stream().map(Evidence::document).filter(t -> !t.isBlank()).map(EmbeddingStore::hash).toList();
            vectors.putAll(store.find(document, hashes));
        }
        var run = new AlignmentRun(draft.points(), basePoints, markedNew, model, vectors).partial(draft.partial());
        run.align();
        return run.result(draft);
    }

    /**
     * The embeddings of every text of an aligned draft, computing those alignment did not need: done
     * before the recording transaction, so it holds no lock while the model runs.
     */
    public TextVectors vectorsOf(AlignedDraft aligned) {
        var vectors = aligned.vectors();
        var missing = aligned.draft().points().stream().map(Evidence::document).filter(t -> !t.isBlank())
                .filter(t -> !vectors.has(t)).distinct().toList();
        var computed = missing.parallelStream().map(SentenceModel::embed).toList();
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), computed.get(i));
        }
        return vectors;
    }

    /**
     * Stores a recorded draft's embeddings the document does not hold yet: called after the recording
     * commits, outside the document lock, so a writer of the same texts may insert one in between (a
     * {@link org.springframework.dao.DuplicateKeyException}; calling again stores the rest).
     */
    @Transactional
    public void save(String document, AlignedDraft aligned, TextVectors vectors) {
        if (store == null) {
            return;
        }
        var byHash = new HashMap<String, float[]>();
        for (var point : aligned.draft().points()) {
            var text = Evidence.document(point);
            if (!text.isBlank() && vectors.has(text)) {
                byHash.put(EmbeddingStore.hash(text), vectors.get(text));
            }
        }
        store.saveMissing(document, byHash);
    }
}
