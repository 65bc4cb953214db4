package org.redline.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;

/** One alignment's working state: the stages {@link Alignment} describes, in order. */
final class AlignmentRun {

    /** A base point a draft point is weighed against, with its evidence and probability. */
    record Candidate(int base, double meaning, double words, double[] evidence, double probability) {
    }

    private final List<DraftPoint> points;
    private final List<PointView> base;
    private final Set<Integer> markedNew;
    private final MatchModel model;
    private final TextVectors vectors;
    private final String[] keys;
    private final String[] reasons;
    private final double[] scores;
    private final int[] matchedBase;
    private final int[] holder;
    private final List<List<String>> mergedFrom = new ArrayList<>();
    private final String[] splitFrom;
    private final Map<String, Integer> baseIndex = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<Integer, List<Candidate>> candidates = new HashMap<>();
    private TextSimilarity words;
    private final Map<Integer, TextSimilarity.Vector> draftWords = new HashMap<>();
    private final Map<Integer, TextSimilarity.Vector> baseWords = new HashMap<>();
    private final float[][] draftVectors;
    private final float[][] baseVectors;
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

    AlignmentRun observedBy(Observer watching) {
        this.observer = watching;
        return this;
    }

    AlignmentRun(List<DraftPoint> points, List<PointView> base, Set<Integer> markedNew, MatchModel model, TextVectors vectors) {
        this.points = points;
        this.base = base;
        this.markedNew = markedNew;
        this.model = model;
        this.vectors = vectors;
        int n = points.size();
        keys = new String[n];
        reasons = new String[n];
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

    void align() {
        explicit();
        byNumber();
        identical();
        sameTitle();
        var rows = openRows();
        var columns = openColumns();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        var corpus = new ArrayList<String>();
        rows.forEach(i -> corpus.add(Evidence.document(points.get(i))));
        columns.forEach(b -> corpus.add(Evidence.document(base.get(b))));
        words = new TextSimilarity(corpus);
        nearIdentical(rows, columns);
        rows = openRows();
        columns = openColumns();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        weigh(rows, columns);
        decide(rows);
        merges(columns);
        splits(rows);
    }

    // ---- stage 1: what the editor said

    private void explicit() {
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            taken.addAll(point.mergedFrom());
            if (point.key() != null) {
                keys[i] = point.key();
                taken.add(point.key());
                reasons[i] = "key";
                scores[i] = 1.0;
                var b = baseIndex.get(point.key());
                if (b != null) {
                    matchedBase[i] = b;
                    holder[b] = i;
                }
            } else if (markedNew.contains(i)) {
                reasons[i] = "marked-new";
            }
        }
    }

    private boolean open(int i) {
        return keys[i] == null && !markedNew.contains(i) && points.get(i).splitFrom() == null;
    }

    private boolean openBase(int b) {
        return holder[b] < 0 && !taken.contains(base.get(b).key());
    }

    private List<Integer> openRows() {
        var rows = new ArrayList<Integer>();
        for (int i = 0; i < points.size(); i++) {
            if (open(i) && points.get(i).text() != null) {
                rows.add(i);
            }
        }
        return rows;
    }

    private List<Integer> openColumns() {
        var columns = new ArrayList<Integer>();
        for (int b = 0; b < base.size(); b++) {
            if (openBase(b) && base.get(b).text() != null) {
                columns.add(b);
            }
        }
        return columns;
    }

    private void pair(int i, int b, String reason, double score) {
        keys[i] = base.get(b).key();
        matchedBase[i] = b;
        holder[b] = i;
        reasons[i] = reason;
        scores[i] = score;
    }

    // ---- stage 2: a point without text (a removal) by its category or number

    private void byNumber() {
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            if (!open(i) || point.text() != null) {
                continue;
            }
            var category = slug(point.category());
            for (int b = 0; b < base.size(); b++) {
                var other = base.get(b);
                boolean same = category != null ? category.equals(slug(other.category()))
                        : point.number() != null && point.number().equalsIgnoreCase(String.valueOf(other.number()));
                if (openBase(b) && same) {
                    pair(i, b, category != null ? "category" : "number", 1.0);
                    break;
                }
            }
        }
    }

    // ---- stage 3: the same text, or the same title, on one point each side

    private void identical() {
        uniquePairs(i -> points.get(i).text() == null ? null : Evidence.folded(Evidence.document(points.get(i))),
                b -> base.get(b).text() == null ? null : Evidence.folded(Evidence.document(base.get(b))), "text");
    }

    private void sameTitle() {
        uniquePairs(i -> slug(points.get(i).category()), b -> slug(base.get(b).category()), "category");
    }

    private void uniquePairs(java.util.function.IntFunction<String> draftSide, java.util.function.IntFunction<String> baseSide,
            String reason) {
        var draftBy = new HashMap<String, List<Integer>>();
        for (int i = 0; i < points.size(); i++) {
            var value = open(i) ? draftSide.apply(i) : null;
            if (value != null && !value.isEmpty()) {
                draftBy.computeIfAbsent(value, k -> new ArrayList<>()).add(i);
            }
        }
        var baseBy = new HashMap<String, List<Integer>>();
        for (int b = 0; b < base.size(); b++) {
            var value = openBase(b) ? baseSide.apply(b) : null;
            if (value != null && !value.isEmpty()) {
                baseBy.computeIfAbsent(value, k -> new ArrayList<>()).add(b);
            }
        }
        draftBy.forEach((value, rows) -> {
            var columns = baseBy.get(value);
            if (rows.size() == 1 && columns != null && columns.size() == 1) {
                pair(rows.get(0), columns.get(0), reason, 1.0);
            }
        });
    }

    // ---- stage 4: near-identical wording, a clear mutual best by words alone

    /** Lowest word similarity, and least lead over either side's next best, for a pair settled by words alone. */
    static final double NEAR_IDENTICAL = 0.8;
    static final double NEAR_LEAD = 0.3;

    private void nearIdentical(List<Integer> rows, List<Integer> columns) {
        var index = new WordIndex(columns, b -> Evidence.document(base.get(b)));
        var best = new HashMap<Integer, double[]>();
        var columnBest = new HashMap<Integer, double[]>();
        for (int i : rows) {
            var top = index.top(Evidence.document(points.get(i)), 3);
            if (top.isEmpty()) {
                continue;
            }
            // the index ranks by shared rare words; the similarity decides
            var ranked = top.stream().map(h -> new double[] {h.base(), words.similarity(draftWords(i), baseWords(h.base()))})
                    .sorted((x, y) -> Double.compare(y[1], x[1])).toList();
            int b = (int) ranked.get(0)[0];
            double s = ranked.get(0)[1];
            double second = ranked.size() > 1 ? ranked.get(1)[1] : 0;
            best.put(i, new double[] {b, s, second});
            var known = columnBest.get(b);
            if (known == null) {
                columnBest.put(b, new double[] {i, s, 0});
            } else if (s > known[1]) {
                columnBest.put(b, new double[] {i, s, known[1]});
            } else {
                known[2] = Math.max(known[2], s);
            }
        }
        best.forEach((i, row) -> {
            int b = (int) row[0];
            var column = columnBest.get(b);
            if (row[1] >= NEAR_IDENTICAL && row[1] - row[2] >= NEAR_LEAD && (int) column[0] == i && column[1] - column[2] >= NEAR_LEAD) {
                pair(i, b, "text", row[1]);
            }
        });
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

    // ---- stage 5: the evidence for every candidate pair, and its probability

    private void weigh(List<Integer> rows, List<Integer> columns) {
        // embed what is left, both cores
        rows.parallelStream().forEach(this::draftMeaning);
        columns.parallelStream().forEach(this::baseMeaning);
        var index = new WordIndex(columns, b -> Evidence.document(base.get(b)));
        boolean scan = (long) rows.size() * columns.size() <= Alignment.MEANING_SCAN_LIMIT;
        var byMeaning = new HashMap<Integer, int[]>();
        if (scan) {
            var columnArray = columns.stream().mapToInt(Integer::intValue).toArray();
            var found = rows.parallelStream().map(i -> topByMeaning(i, columnArray, Alignment.CANDIDATES)).toList();
            for (int r = 0; r < rows.size(); r++) {
                byMeaning.put(rows.get(r), found.get(r));
            }
        }
        var raw = new HashMap<Integer, List<double[]>>();
        for (int i : rows) {
            var chosen = new HashSet<Integer>();
            index.top(Evidence.document(points.get(i)), Alignment.CANDIDATES).forEach(c -> chosen.add(c.base()));
            for (int b : byMeaning.getOrDefault(i, new int[0])) {
                chosen.add(b);
            }
            var list = new ArrayList<double[]>();
            for (int b : chosen) {
                double meaning = SentenceModel.cosine(draftMeaning(i), baseMeaning(b));
                double w = words.similarity(draftWords(i), baseWords(b));
                list.add(new double[] {b, meaning, w, (meaning + w) / 2});
            }
            raw.put(i, list);
        }
        // each side's best and second best, over the candidate pairs
        var rowBest = new HashMap<Integer, double[]>();
        var columnBest = new HashMap<Integer, double[]>();
        raw.forEach((i, list) -> list.forEach(c -> {
            note(rowBest, i, (int) c[0], c[3]);
            note(columnBest, (int) c[0], i, c[3]);
        }));
        int n = points.size();
        int m = base.size();
        var anchors = new java.util.TreeMap<Integer, Integer>();
        for (int i = 0; i < n; i++) {
            if (matchedBase[i] >= 0) {
                anchors.put(i, matchedBase[i]);
            }
        }
        raw.forEach((i, list) -> {
            var weighed = new ArrayList<Candidate>();
            for (var c : list) {
                int b = (int) c[0];
                double r = c[3];
                var rb = rowBest.get(i);
                var cb = columnBest.get(b);
                boolean rowTop = (int) rb[0] == b;
                boolean columnTop = (int) cb[0] == i;
                double marginDraft = rowTop ? r - rb[2] : r - rb[1];
                double marginBase = columnTop ? r - cb[2] : r - cb[1];
                var d = points.get(i);
                var p = base.get(b);
                double[] x = {
                    c[1], c[2],
                    words.coverage(baseWords(b), draftWords(i)), words.coverage(draftWords(i), baseWords(b)),
                    titleOverlap(d.category(), p.category()),
                    marginDraft, marginBase, rowTop && columnTop ? 1 : 0,
                    sameNumber(d.number(), p.number()),
                    1 - Math.abs(relative(i, n) - relative(b, m)),
                    lengthRatio(Evidence.document(d), Evidence.document(p)),
                    neighbours(i, b, rowBest, columnBest),
                    between(i, b, anchors)};
                weighed.add(new Candidate(b, c[1], c[2], x, model.continuing().probability(x)));
            }
            weighed.sort(Comparator.comparingDouble(Candidate::probability).reversed());
            candidates.put(i, weighed);
        });
    }

    /** The {@code count} base points closest in meaning, by a scan kept to primitives (no object per pair). */
    private int[] topByMeaning(int i, int[] columns, int count) {
        var vector = draftMeaning(i);
        int k = Math.min(count, columns.length);
        var best = new int[k];
        var score = new double[k];
        java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
        for (int b : columns) {
            double s = SentenceModel.cosine(vector, baseMeaning(b));
            if (s <= score[k - 1]) {
                continue;
            }
            int at = k - 1;
            while (at > 0 && score[at - 1] < s) {
                score[at] = score[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            score[at] = s;
            best[at] = b;
        }
        return best;
    }

    /** Keeps each side's best {@code [other, score, second score]}. */
    private static void note(Map<Integer, double[]> best, int side, int other, double score) {
        var known = best.get(side);
        if (known == null) {
            best.put(side, new double[] {other, score, 0});
        } else if (score > known[1]) {
            known[2] = known[1];
            known[0] = other;
            known[1] = score;
        } else {
            known[2] = Math.max(known[2], score);
        }
    }

    /**
     * 1 when the base point stands between the base points of the nearest pairs already settled before
     * and after the draft point (texts, titles, near-identical wordings): redrafts keep most of their
     * order, so a pair that keeps it is likelier than one that jumps across settled points.
     */
    private double between(int i, int b, java.util.TreeMap<Integer, Integer> anchors) {
        var before = anchors.lowerEntry(i);
        var after = anchors.higherEntry(i);
        int low = before == null ? -1 : before.getValue();
        int high = after == null ? base.size() : after.getValue();
        return low < b && b < high ? 1 : 0;
    }

    /** Half for each side of the pair whose neighbour is paired with the base point's neighbour. */
    private double neighbours(int i, int b, Map<Integer, double[]> rowBest, Map<Integer, double[]> columnBest) {
        double support = 0;
        for (int step : new int[] {-1, 1}) {
            int di = i + step;
            int db = b + step;
            if (di < 0 || di >= points.size() || db < 0 || db >= base.size()) {
                continue;
            }
            if (matchedBase[di] == db) {
                support += 0.5;
                continue;
            }
            var rb = rowBest.get(di);
            var cb = columnBest.get(db);
            if (rb != null && cb != null && (int) rb[0] == db && (int) cb[0] == di) {
                support += 0.5;
            }
        }
        return support;
    }

    /**
     * 1 when two numbers read the same once printing is set aside (3.1.1 and 03.01.01, 12A and 12a);
     * 0.5 when only their last part differs (the same section: 5.1.2 and 5.1.4); else 0.
     */
    static double sameNumber(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        var left = numberParts(a);
        var right = numberParts(b);
        if (left.equals(right)) {
            return 1;
        }
        return left.size() > 1 && left.size() == right.size() && left.subList(0, left.size() - 1).equals(right.subList(0, right.size() - 1))
                ? 0.5 : 0;
    }

    private static List<String> numberParts(String number) {
        var parts = new ArrayList<String>();
        for (var part : number.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                parts.add(part.replaceFirst("^0+(?=\\d)", ""));
            }
        }
        return parts;
    }

    private static double relative(int index, int size) {
        return size <= 1 ? 0 : (double) index / (size - 1);
    }

    private static double lengthRatio(String a, String b) {
        double x = Math.max(1, a.length());
        double y = Math.max(1, b.length());
        return Math.min(x, y) / Math.max(x, y);
    }

    private static double titleOverlap(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        var left = new HashSet<>(Terms.of(a));
        var right = new HashSet<>(Terms.of(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        var both = new HashSet<>(left);
        both.retainAll(right);
        left.addAll(right);
        return (double) both.size() / left.size();
    }

    // ---- stage 6: the decision

    private void decide(List<Integer> rows) {
        // a clear mutual best is never given up to raise a total
        var bestOfColumn = new HashMap<Integer, int[]>();
        var bestProbability = new HashMap<Integer, Double>();
        candidates.forEach((i, list) -> list.forEach(c -> {
            if (c.probability() > bestProbability.getOrDefault(c.base(), -1.0)) {
                bestProbability.put(c.base(), c.probability());
                bestOfColumn.put(c.base(), new int[] {i});
            }
        }));
        for (int i : rows) {
            var list = candidates.get(i);
            if (list == null || list.isEmpty()) {
                continue;
            }
            var top = list.get(0);
            if (top.probability() >= Alignment.CLEAR && bestOfColumn.get(top.base())[0] == i && openBase(top.base())) {
                pair(i, top.base(), "text", top.probability());
            }
        }
        var left = rows.stream().filter(i -> keys[i] == null && candidates.containsKey(i)).toList();
        var columnsUsed = new ArrayList<Integer>();
        var columnAt = new HashMap<Integer, Integer>();
        for (int i : left) {
            for (var c : candidates.get(i)) {
                if (c.probability() > 0.5 && openBase(c.base()) && !columnAt.containsKey(c.base())) {
                    columnAt.put(c.base(), columnsUsed.size());
                    columnsUsed.add(c.base());
                }
            }
        }
        var liveRows = left.stream().filter(i -> candidates.get(i).stream().anyMatch(c -> columnAt.containsKey(c.base()) && c.probability() > 0.5)).toList();
        if (liveRows.isEmpty()) {
            return;
        }
        var gain = new double[liveRows.size()][columnsUsed.size()];
        for (int x = 0; x < liveRows.size(); x++) {
            for (var c : candidates.get(liveRows.get(x))) {
                var y = columnAt.get(c.base());
                if (y != null && c.probability() > 0.5) {
                    gain[x][y] = logOdds(c.probability());
                }
            }
        }
        int[] chosen = liveRows.size() <= Alignment.OPTIMAL_LIMIT && columnsUsed.size() <= Alignment.OPTIMAL_LIMIT
                ? Assignment.maximise(gain) : greedy(gain);
        for (int x = 0; x < chosen.length; x++) {
            if (chosen[x] >= 0 && gain[x][chosen[x]] > 0) {
                int i = liveRows.get(x);
                int b = columnsUsed.get(chosen[x]);
                pair(i, b, "text", probability(i, b));
            }
        }
    }

    private static double logOdds(double p) {
        double q = Math.min(p, 1 - 1e-9);
        return Math.log(q / (1 - q));
    }

    private static int[] greedy(double[][] gain) {
        var pairs = new ArrayList<int[]>();
        for (int x = 0; x < gain.length; x++) {
            for (int y = 0; y < gain[x].length; y++) {
                if (gain[x][y] > 0) {
                    pairs.add(new int[] {x, y});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((int[] p) -> -gain[p[0]][p[1]]));
        var chosen = new int[gain.length];
        Arrays.fill(chosen, -1);
        var used = new boolean[gain.length == 0 ? 0 : gain[0].length];
        for (var p : pairs) {
            if (chosen[p[0]] < 0 && !used[p[1]]) {
                chosen[p[0]] = p[1];
                used[p[1]] = true;
            }
        }
        return chosen;
    }

    private double probability(int i, int b) {
        for (var c : candidates.getOrDefault(i, List.of())) {
            if (c.base() == b) {
                return c.probability();
            }
        }
        return 0;
    }

    private double closeness(int i, int b) {
        for (var c : candidates.getOrDefault(i, List.of())) {
            if (c.base() == b) {
                return (c.meaning() + c.words()) / 2;
            }
        }
        double meaning = SentenceModel.cosine(draftMeaning(i), baseMeaning(b));
        return (meaning + words.similarity(draftWords(i), baseWords(b))) / 2;
    }

    // ---- stage 7: many-to-one

    /** Base points left over, each tried against the matched draft points that read closest to it. */
    private void merges(List<Integer> columns) {
        var readers = new HashMap<Integer, List<Integer>>();
        candidates.forEach((i, list) -> list.forEach(c -> readers.computeIfAbsent(c.base(), k -> new ArrayList<>()).add(i)));
        for (int b : columns) {
            if (!openBase(b) || !readers.containsKey(b)) {
                continue;
            }
            var closest = readers.get(b).stream().sorted(Comparator.comparingDouble((Integer i) -> -closeness(i, b))).toList();
            for (int rank = 0; rank < Math.min(2, closest.size()); rank++) {
                int i = closest.get(rank);
                if (matchedBase[i] < 0 || "key".equals(reasons[i]) || splitFrom[i] != null) {
                    continue;
                }
                var x = mergeEvidence(i, b, matchedBase[i], rank == 0);
                observer.merge(i, b, x);
                if (model.merge().accepts(x)) {
                    mergedFrom.get(i).add(base.get(b).key());
                    taken.add(base.get(b).key());
                    break;
                }
            }
        }
    }

    double[] mergeEvidence(int i, int b, int own, boolean bestForBase) {
        var together = words.vector(Evidence.document(base.get(own)) + " " + Evidence.document(base.get(b)));
        double gain = words.coverage(draftWords(i), together) - words.coverage(draftWords(i), baseWords(own));
        double meaning = SentenceModel.cosine(draftMeaning(i), baseMeaning(b));
        double w = words.similarity(draftWords(i), baseWords(b));
        return new double[] {meaning, w, words.coverage(baseWords(b), draftWords(i)), gain,
            closeness(i, b) / Math.max(0.05, closeness(i, own)), bestForBase ? 1 : 0};
    }

    /** Draft points left over, each tried against its closest base point that another draft point holds. */
    private void splits(List<Integer> rows) {
        for (int i : rows) {
            if (keys[i] != null || splitFrom[i] != null) {
                continue;
            }
            var list = candidates.getOrDefault(i, List.of()).stream()
                    .sorted(Comparator.comparingDouble((Candidate c) -> -(c.meaning() + c.words()))).toList();
            for (var c : list.subList(0, Math.min(2, list.size()))) {
                int other = holder[c.base()];
                if (other < 0 || other == i || points.get(other).text() == null) {
                    continue;
                }
                var x = splitEvidence(i, c.base(), other);
                observer.split(i, c.base(), x);
                if (model.split().accepts(x)) {
                    splitFrom[i] = base.get(c.base()).key();
                    scores[i] = model.split().probability(x);
                    reasons[i] = "text";
                    break;
                }
            }
        }
    }

    double[] splitEvidence(int i, int b, int other) {
        var together = words.vector(Evidence.document(points.get(other)) + " " + Evidence.document(points.get(i)));
        double gain = words.coverage(baseWords(b), together) - words.coverage(baseWords(b), draftWords(other));
        double meaning = SentenceModel.cosine(draftMeaning(i), baseMeaning(b));
        double w = words.similarity(draftWords(i), baseWords(b));
        return new double[] {meaning, w, words.coverage(draftWords(i), baseWords(b)), gain,
            closeness(i, b) / Math.max(0.05, closeness(other, b)), Math.abs(other - i) == 1 ? 1 : 0};
    }

    // ---- the answer

    AlignedDraft result(Draft draft) {
        var used = new HashSet<>(baseIndex.keySet());
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
                    reasons[i] = "new";
                }
            }
            var basePoint = matchedBase[i] >= 0 ? base.get(matchedBase[i]) : null;
            keyed.add(point.withKey(keys[i]).withLineage(mergedFrom.get(i), splitFrom[i]));
            matches.add(new Match(i, point.number(), keys[i], basePoint == null ? null : basePoint.key(),
                    basePoint == null ? null : basePoint.number(), round(scores[i]), reasons[i],
                    mergedFrom.get(i), splitFrom[i], alternatives(i)));
        }
        return new AlignedDraft(draft.withPoints(keyed), matches, vectors);
    }

    /** The base points the editor may pick instead, most likely first, with their probabilities. */
    private List<Match.Candidate> alternatives(int i) {
        var list = new ArrayList<Match.Candidate>();
        for (var c : candidates.getOrDefault(i, List.of())) {
            var basePoint = base.get(c.base());
            if (!basePoint.key().equals(keys[i]) && c.probability() >= 0.01) {
                list.add(new Match.Candidate(basePoint.key(), basePoint.number(), round(c.probability())));
            }
        }
        return list.subList(0, Math.min(3, list.size()));
    }

    /** Everything the decision weighed, for the evaluation that fits and checks the models. */
    Map<Integer, List<Candidate>> candidates() {
        return candidates;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    static String slug(String text) {
        var slug = Keys.slug(text);
        return slug.isEmpty() ? null : slug;
    }
}
