package org.redline.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;

/**
 * What every stage of one alignment reads and settles: which draft point holds which base point, why,
 * and the caches of words and embeddings. Kept apart from the stages so each stage class stays small
 * and they all see one truth.
 */
final class AlignmentState {

    /** A base point a draft point is weighed against, with its evidence and probability. */
    record Candidate(int base, double meaning, double words, double[] evidence, double probability) {
    }

    final List<DraftPoint> points;
    final List<PointView> base;
    final Set<Integer> markedNew;
    final MatchModel model;
    final TextVectors vectors;
    final String[] keys;
    final Match.Reason[] reasons;
    final double[] scores;
    final int[] matchedBase;
    final int[] holder;
    final List<List<String>> mergedFrom = new ArrayList<>();
    final String[] splitFrom;
    final Map<String, Integer> baseIndex = new HashMap<>();
    final Set<String> taken = new HashSet<>();
    final Map<Integer, List<Candidate>> candidates = new HashMap<>();
    /** Set once the exact stages are done, over the texts still open. */
    TextSimilarity words;
    private final Map<Integer, TextSimilarity.Vector> draftWords = new HashMap<>();
    private final Map<Integer, TextSimilarity.Vector> baseWords = new HashMap<>();
    private final float[][] draftVectors;
    private final float[][] baseVectors;

    AlignmentState(List<DraftPoint> points, List<PointView> base, Set<Integer> markedNew, MatchModel model, TextVectors vectors) {
        this.points = points;
        this.base = base;
        this.markedNew = markedNew;
        this.model = model;
        this.vectors = vectors;
        int n = points.size();
        keys = new String[n];
        reasons = new Match.Reason[n];
        scores = new double[n];
        matchedBase = new int[n];
        Arrays.fill(matchedBase, -1);
        holder = new int[base.size()];
        Arrays.fill(holder, -1);
        splitFrom = new String[n];
        draftVectors = new float[n][];
        baseVectors = new float[base.size()][];
        for (int i = 0; i < n; i++) {
            mergedFrom.add(new ArrayList<>(points.get(i).mergedFrom()));
            splitFrom[i] = points.get(i).splitFrom();
        }
        for (int b = 0; b < base.size(); b++) {
            baseIndex.put(base.get(b).key(), b);
        }
    }

    boolean open(int i) {
        return keys[i] == null && !markedNew.contains(i) && points.get(i).splitFrom() == null;
    }

    boolean openBase(int b) {
        return holder[b] < 0 && !taken.contains(base.get(b).key());
    }

    List<Integer> openRows() {
        var rows = new ArrayList<Integer>();
        for (int i = 0; i < points.size(); i++) {
            if (open(i) && points.get(i).text() != null) {
                rows.add(i);
            }
        }
        return rows;
    }

    List<Integer> openColumns() {
        var columns = new ArrayList<Integer>();
        for (int b = 0; b < base.size(); b++) {
            if (openBase(b) && base.get(b).text() != null) {
                columns.add(b);
            }
        }
        return columns;
    }

    /** Of {@code columns}, those some draft point weighed as a candidate, in their order. */
    List<Integer> weighedColumns(List<Integer> columns) {
        var weighed = new java.util.HashSet<Integer>();
        candidates.values().forEach(list -> list.forEach(c -> weighed.add(c.base())));
        return columns.stream().filter(weighed::contains).toList();
    }

    void pair(int i, int b, Match.Reason reason, double score) {
        keys[i] = base.get(b).key();
        matchedBase[i] = b;
        holder[b] = i;
        reasons[i] = reason;
        scores[i] = score;
    }

    TextSimilarity.Vector draftWords(int i) {
        return draftWords.computeIfAbsent(i, k -> words.vector(Evidence.document(points.get(k))));
    }

    TextSimilarity.Vector baseWords(int b) {
        return baseWords.computeIfAbsent(b, k -> words.vector(Evidence.document(base.get(k))));
    }

    /** Each point's embedding, looked up (or computed) once: the scan reads them millions of times. */
    float[] draftMeaning(int i) {
        var known = draftVectors[i];
        if (known == null) {
            known = vectors.get(Evidence.document(points.get(i)));
            draftVectors[i] = known;
        }
        return known;
    }

    float[] baseMeaning(int b) {
        var known = baseVectors[b];
        if (known == null) {
            known = vectors.get(Evidence.document(base.get(b)));
            baseVectors[b] = known;
        }
        return known;
    }

    static String slug(String text) {
        var slug = Keys.slug(text);
        return slug.isEmpty() ? null : slug;
    }
}
