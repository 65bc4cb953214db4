package org.redline.alignment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;


/**
 * The alignment feature's one entry: gives every point of a draft its key, the identity that ties it
 * to the same point in other versions.
 *
 * <p>An explicit key wins, and a point the editor marked new stays new. Every other draft point is
 * scored against every base point: the same category scores high, otherwise text similarity (word
 * and character n-gram TF-IDF cosine, and how much of the base text the draft covers, see
 * {@link PreviousTextSimilarity}) plus a small prior for a nearby place in the list. Pairs below
 * {@link #THRESHOLD} never match; among the rest the one-to-one assignment with the highest total
 * wins ({@link Assignment}). Then a draft point beside the one that took its best base point, and
 * holding a share of that base text the other lacks, is the other part of a split; and a base point
 * left over whose words live on in a matched draft point is merged into it. Everything else is new.
 * The constants were tuned on {@code fixtures/alignment} (see the README for the figures).
 */

public class PreviousAlignment {
    // The aligner as it stood before issue 12 (hand-set thresholds tuned on the peace-plan fixtures), kept
    // in the test sources only as the baseline make align-eval reports beside the current one.

    /** Lowest score at which a draft point continues a base point; tuned on fixtures/alignment. */
    static final double THRESHOLD = 0.24;
    /**
     * Share of the text score that is how much of the base text the draft text covers: base texts are
     * short summaries, drafts full sentences, and cosine alone is diluted by a long draft's extra words.
     */
    static final double COVERAGE_WEIGHT = 0.2;
    /** Same category: a match whatever the texts say, the text only ranking points of one category. */
    static final double CATEGORY_SCORE = 0.8;
    /** A text-less point (a removed one) with the same number as a base point with no category. */
    static final double NUMBER_SCORE = 0.6;
    /** The most a nearby place in the list adds: a tie-breaker, never a match on its own. */
    static final double POSITION_PRIOR = 0.05;
    /** Lowest text score for the second part of a split or a merge. */
    static final double PART_THRESHOLD = 0.2;
    /** Least share of a base text's weighted words the second part of a split or merge must carry. */
    static final double PART_COVERAGE = 0.3;
    /** How much more of the base text the two parts of a split must cover together than the first alone. */
    static final double PART_GAIN = 0.15;
    /** The same for the two parts of a split that stand next to each other in the draft. */
    static final double ADJACENT_PART_THRESHOLD = 0.15;
    static final double ADJACENT_PART_COVERAGE = 0.09;
    static final double ADJACENT_PART_GAIN = 0.08;
    /** A matched point reading below this share of its text score with a neighbour's base point was pushed aside. */
    static final double PUSHED_ASIDE = 0.6;
    /** A merged base point must score at least this share of the draft point's own match... */
    static final double PART_RATIO = 0.6;
    /** ...or add at least this share of the draft text's weighted words to what its own match covers. */
    static final double MERGE_GAIN = 0.1;
    /** A merged base point whose text reads this close, and this near the own match's score, needs no more. */
    static final double STRONG_PART = 0.3;
    static final double CLOSE_RATIO = 0.7;
    /** Above this many pairs the optimal assignment is too slow and a greedy one by score is used. */
    static final long OPTIMAL_LIMIT = 250_000;
    /** Above this many pairs text similarity is not computed: only keys, categories and numbers align. */
    static final long TEXT_LIMIT = 4_000_000;

    public Draft align(Draft draft, List<PointView> basePoints) {
        return align(draft, basePoints, Set.of());
    }

    /** @param markedNew indexes of draft points the editor declared new: they continue no base point */
    public Draft align(Draft draft, List<PointView> basePoints, Set<Integer> markedNew) {
        return new Run(draft.points(), basePoints, markedNew).align(draft);
    }

    /** One alignment's working state. */
    private static final class Run {
        private final List<DraftPoint> points;
        private final List<PointView> base;
        private final Set<Integer> markedNew;
        private final String[] keys;
        private final String[] reasons;
        private final double[] scores;
        private final int[] matchedBase;
        private final List<List<String>> mergedFrom = new ArrayList<>();
        private final String[] splitFrom;
        private final Map<String, Integer> baseIndex = new HashMap<>();
        private List<Integer> rows = List.of();
        private List<Integer> columns = List.of();
        private double[][] text;
        private double[][] score;
        private PreviousTextSimilarity similarity;
        private PreviousTextSimilarity.Vector[] rowVectors;
        private PreviousTextSimilarity.Vector[] columnVectors;

        Run(List<DraftPoint> points, List<PointView> base, Set<Integer> markedNew) {
            this.points = points;
            this.base = base;
            this.markedNew = markedNew;
            int n = points.size();
            keys = new String[n];
            reasons = new String[n];
            scores = new double[n];
            matchedBase = new int[n];
            Arrays.fill(matchedBase, -1);
            splitFrom = new String[n];
            for (int i = 0; i < n; i++) {
                mergedFrom.add(new ArrayList<>(points.get(i).mergedFrom()));
                splitFrom[i] = points.get(i).splitFrom();
            }
            for (int b = 0; b < base.size(); b++) {
                baseIndex.put(base.get(b).key(), b);
            }
        }

        Draft align(Draft draft) {
            var taken = new HashSet<String>();
            for (int i = 0; i < points.size(); i++) {
                var point = points.get(i);
                taken.addAll(point.mergedFrom());
                if (point.key() != null) {
                    keys[i] = point.key();
                    taken.add(point.key());
                    reasons[i] = "key";
                    scores[i] = 1.0;
                    matchedBase[i] = baseIndex.getOrDefault(point.key(), -1);
                } else if (markedNew.contains(i)) {
                    reasons[i] = "marked-new";
                }
            }
            var rowList = new ArrayList<Integer>();
            for (int i = 0; i < points.size(); i++) {
                // a point the editor says was split off another is new under its own key
                if (keys[i] == null && !markedNew.contains(i) && points.get(i).splitFrom() == null) {
                    rowList.add(i);
                }
            }
            var columnList = new ArrayList<Integer>();
            for (int b = 0; b < base.size(); b++) {
                if (!taken.contains(base.get(b).key())) {
                    columnList.add(b);
                }
            }
            rows = rowList;
            columns = columnList;
            if (!rows.isEmpty() && !columns.isEmpty()) {
                score();
                assign();
                if (similarity != null) {
                    findSplits();
                    findMerges();
                }
            }
            return result(draft);
        }

        private void score() {
            int r = rows.size();
            int c = columns.size();
            text = new double[r][c];
            score = new double[r][c];
            boolean withText = (long) r * c <= TEXT_LIMIT;
            if (withText) {
                var corpus = new ArrayList<String>();
                rows.forEach(i -> corpus.add(document(points.get(i).category(), points.get(i).text())));
                columns.forEach(b -> corpus.add(document(base.get(b).category(), base.get(b).text())));
                similarity = new PreviousTextSimilarity(corpus);
                rowVectors = new PreviousTextSimilarity.Vector[r];
                columnVectors = new PreviousTextSimilarity.Vector[c];
                for (int x = 0; x < r; x++) {
                    rowVectors[x] = similarity.vector(corpus.get(x));
                }
                for (int y = 0; y < c; y++) {
                    columnVectors[y] = similarity.vector(corpus.get(r + y));
                }
            }
            var listedBase = base.stream().filter(PointView::listed).count();
            var byCategory = new HashMap<String, List<Integer>>();
            for (int y = 0; y < c; y++) {
                var baseCategory = normalise(base.get(columns.get(y)).category());
                if (baseCategory != null) {
                    byCategory.computeIfAbsent(baseCategory, k -> new ArrayList<>()).add(y);
                }
            }
            for (int x = 0; x < r; x++) {
                var point = points.get(rows.get(x));
                var category = normalise(point.category());
                // A category the base has decides among its own points only: no need to weigh the others.
                var sameCategory = category == null ? null : byCategory.get(category);
                for (int y : sameCategory != null ? sameCategory : allColumns(c)) {
                    var basePoint = base.get(columns.get(y));
                    if (withText && point.text() != null && basePoint.text() != null) {
                        text[x][y] = (1 - COVERAGE_WEIGHT) * similarity.similarity(rowVectors[x], columnVectors[y])
                                + COVERAGE_WEIGHT * similarity.coverage(columnVectors[y], rowVectors[x]);
                    }
                    var baseCategory = normalise(basePoint.category());
                    double s;
                    if (category != null && category.equals(baseCategory)) {
                        s = CATEGORY_SCORE + (1 - CATEGORY_SCORE) * text[x][y];
                    } else if (point.text() == null) {
                        s = category == null && baseCategory == null && point.number() != null
                                && point.number().equals(basePoint.number()) ? NUMBER_SCORE : 0;
                    } else {
                        s = text[x][y] + POSITION_PRIOR * closeness(rows.get(x), points.size(), basePoint.position(), listedBase);
                        s = text[x][y] > 0 ? Math.min(1, s) : 0;
                    }
                    // Below the threshold a pair is no pair: it must not sway which pairs the assignment keeps.
                    score[x][y] = s >= THRESHOLD ? s : 0;
                }
            }
        }

        private static List<Integer> allColumns(int count) {
            var all = new ArrayList<Integer>(count);
            for (int y = 0; y < count; y++) {
                all.add(y);
            }
            return all;
        }

        private void assign() {
            int[] chosen = (long) rows.size() * columns.size() <= OPTIMAL_LIMIT ? Assignment.maximise(score) : greedy();
            for (int x = 0; x < chosen.length; x++) {
                if (chosen[x] < 0) {
                    continue;
                }
                int i = rows.get(x);
                int y = chosen[x];
                var basePoint = base.get(columns.get(y));
                keys[i] = basePoint.key();
                matchedBase[i] = columns.get(y);
                scores[i] = score[x][y];
                var category = normalise(points.get(i).category());
                reasons[i] = category != null && category.equals(normalise(basePoint.category())) ? "category"
                        : points.get(i).text() == null ? "number" : "text";
            }
        }

        /** For drafts too large for the optimal assignment: best pairs first, each side used once. */
        private int[] greedy() {
            var pairs = new ArrayList<int[]>();
            for (int x = 0; x < rows.size(); x++) {
                for (int y = 0; y < columns.size(); y++) {
                    if (score[x][y] > 0) {
                        pairs.add(new int[] {x, y});
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble((int[] p) -> -score[p[0]][p[1]]));
            var chosen = new int[rows.size()];
            Arrays.fill(chosen, -1);
            var usedColumns = new boolean[columns.size()];
            for (var pair : pairs) {
                if (chosen[pair[0]] < 0 && !usedColumns[pair[1]]) {
                    chosen[pair[0]] = pair[1];
                    usedColumns[pair[1]] = true;
                }
            }
            return chosen;
        }

        /**
         * A draft point left unmatched whose best base point is already taken by another draft point
         * is the other half of a split when it carries a share of that base point's vocabulary that
         * the taken one does not: together they cover clearly more of the base text.
         */
        private void findSplits() {
            for (int x = 0; x < rows.size(); x++) {
                int i = rows.get(x);
                if (points.get(i).text() == null || splitFrom[i] != null) {
                    continue;
                }
                for (int y : splitCandidates(x, i)) {
                    if (splitOff(x, i, y)) {
                        break;
                    }
                }
            }
        }

        /** The base points a draft point may have been split off: its best one, and those its neighbours hold. */
        private List<Integer> splitCandidates(int x, int i) {
            var candidates = new ArrayList<Integer>();
            int best = best(text[x]);
            if (best >= 0) {
                candidates.add(best);
            }
            for (int neighbour : new int[] {i - 1, i + 1}) {
                if (neighbour >= 0 && neighbour < points.size() && matchedBase[neighbour] >= 0) {
                    int y = columns.indexOf(matchedBase[neighbour]);
                    if (y >= 0 && !candidates.contains(y)) {
                        candidates.add(y);
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble((Integer y) -> -text[x][y]));
            return candidates;
        }

        private boolean splitOff(int x, int i, int y) {
            if (text[x][y] < 0.1) {
                return false;
            }
            int holder = holderOf(columns.get(y));
            int holderRow = holder < 0 ? -1 : rows.indexOf(holder);
            if (holderRow < 0 || holder == i || points.get(holder).text() == null) {
                return false;
            }
            // Split parts stand next to each other as a rule; apart, they need stronger evidence.
            boolean adjacent = Math.abs(holder - i) == 1;
            // A matched point is a split part only if it stands beside the holder and reads far closer to
            // the held base point than to its own match: the one-to-one assignment pushed it aside.
            boolean pushedAside = keys[i] != null && "text".equals(reasons[i]) && matchedBase[i] >= 0 && adjacent
                    && text[x][columns.indexOf(matchedBase[i])] < PUSHED_ASIDE * text[x][y];
            if (keys[i] != null && !pushedAside) {
                return false;
            }
            var together = similarity.vector(document(points.get(holder).category(), points.get(holder).text()) + " "
                    + document(points.get(i).category(), points.get(i).text()));
            double alone = similarity.coverage(columnVectors[y], rowVectors[holderRow]);
            double both = similarity.coverage(columnVectors[y], together);
            double own = similarity.coverage(columnVectors[y], rowVectors[x]);
            if (adjacent ? text[x][y] >= ADJACENT_PART_THRESHOLD && own >= ADJACENT_PART_COVERAGE && both >= alone + ADJACENT_PART_GAIN
                    : text[x][y] >= PART_THRESHOLD && own >= PART_COVERAGE && both >= alone + PART_GAIN) {
                splitFrom[i] = base.get(columns.get(y)).key();
                scores[i] = text[x][y];
                reasons[i] = "text";
                keys[i] = null;
                matchedBase[i] = -1;
                return true;
            }
            return false;
        }

        /**
         * A base point left unmatched whose best draft point is matched to another base point is merged
         * into it when that draft text carries a fair share of its vocabulary too.
         */
        private void findMerges() {
            var matchedColumns = new HashSet<Integer>();
            for (int i = 0; i < points.size(); i++) {
                if (matchedBase[i] >= 0) {
                    matchedColumns.add(matchedBase[i]);
                }
            }
            for (int y = 0; y < columns.size(); y++) {
                int b = columns.get(y);
                if (matchedColumns.contains(b) || base.get(b).text() == null) {
                    continue;
                }
                // the best two draft points: a short base text often reads closest to a point that merely mentions it
                for (int x : bestRows(y, 2)) {
                    if (mergeInto(x, y)) {
                        break;
                    }
                }
            }
        }

        private boolean mergeInto(int x, int y) {
            int b = columns.get(y);
            int i = rows.get(x);
            if (text[x][y] < 0.1 || matchedBase[i] < 0 || !"text".equals(reasons[i]) || splitFrom[i] != null) {
                return false;
            }
            int own = columns.indexOf(matchedBase[i]);
            double covered = similarity.coverage(columnVectors[y], rowVectors[x]);
            var ownPoint = base.get(matchedBase[i]);
            var together = similarity.vector(document(ownPoint.category(), ownPoint.text()) + " "
                    + document(base.get(b).category(), base.get(b).text()));
            double gain = similarity.coverage(rowVectors[x], together) - similarity.coverage(rowVectors[x], columnVectors[own]);
            // It must explain words of the draft point its own match does not, and either carry a fair share
            // of the base text (reading nearly as close as the own match, or explaining much more), or read
            // very nearly as close as the own match by itself.
            boolean shared = covered >= PART_COVERAGE && (text[x][y] >= PART_RATIO * text[x][own] || gain >= MERGE_GAIN);
            boolean close = text[x][y] >= STRONG_PART && text[x][y] >= CLOSE_RATIO * text[x][own];
            if (text[x][y] >= PART_THRESHOLD && gain > 0 && (shared || close)) {
                mergedFrom.get(i).add(base.get(b).key());
                return true;
            }
            return false;
        }

        private int holderOf(int baseColumn) {
            for (int i = 0; i < points.size(); i++) {
                if (matchedBase[i] == baseColumn) {
                    return i;
                }
            }
            return -1;
        }

        private List<Integer> bestRows(int y, int count) {
            var order = new ArrayList<Integer>();
            for (int x = 0; x < rows.size(); x++) {
                order.add(x);
            }
            order.sort(Comparator.comparingDouble((Integer x) -> -text[x][y]));
            return order.subList(0, Math.min(count, order.size()));
        }

        private Draft result(Draft draft) {
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
                    keys[i] = newKey(point, used);
                    used.add(keys[i]);
                    if (reasons[i] == null) {
                        reasons[i] = "new";
                    }
                }
                var basePoint = matchedBase[i] >= 0 ? base.get(matchedBase[i]) : null;
                keyed.add(point.withKey(keys[i]).withLineage(mergedFrom.get(i), splitFrom[i]));
                matches.add(new Match(i, point.number(), keys[i], basePoint == null ? null : basePoint.key(),
                        basePoint == null ? null : basePoint.number(), round(scores[i]), reason(reasons[i]),
                        mergedFrom.get(i), splitFrom[i], alternatives(i)));
            }
            return draft.withPoints(keyed);
        }

        private List<Match.Candidate> alternatives(int i) {
            int x = rows.indexOf(i);
            if (x < 0 || score == null) {
                return List.of();
            }
            var candidates = new ArrayList<Match.Candidate>();
            for (int y = 0; y < columns.size(); y++) {
                var basePoint = base.get(columns.get(y));
                double s = Math.max(score[x][y], text[x][y]);
                if (s >= 0.05 && !basePoint.key().equals(keys[i])) {
                    candidates.add(new Match.Candidate(basePoint.key(), basePoint.number(), round(s)));
                }
            }
            candidates.sort(Comparator.comparingDouble(c -> -c.score()));
            return candidates.subList(0, Math.min(3, candidates.size()));
        }
    }

    private static int best(double[] row) {
        int best = -1;
        for (int y = 0; y < row.length; y++) {
            if (best < 0 || row[y] > row[best]) {
                best = y;
            }
        }
        return best;
    }

    /** How near two places are, relative to their lists' lengths: 1 at the same relative place. */
    private static double closeness(int index, int size, int basePosition, long baseSize) {
        double a = size <= 1 ? 0 : (double) index / (size - 1);
        double b = baseSize <= 1 ? 0 : (double) Math.min(basePosition, baseSize - 1) / (baseSize - 1);
        return Math.max(0, 1 - Math.abs(a - b) * 2);
    }

    private static String document(String category, String text) {
        return (category == null ? "" : category + ". ") + (text == null ? "" : text);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** A readable key: from the category, else the first words of the text, else the number. */
    static String newKey(DraftPoint point, Set<String> used) {
        var base = slug(point.category());
        if (base.isEmpty() && point.text() != null) {
            base = slug(String.join(" ", Arrays.stream(point.text().split("\\s+")).limit(5).toList()));
        }
        if (base.isEmpty()) {
            base = point.number() != null ? "point-" + slug(point.number()) : "point";
        }
        if (base.length() > 140) {
            base = base.substring(0, 140).replaceAll("-+$", "");
        }
        var key = base;
        for (int n = 2; used.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        var ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            // Non-Latin scripts: keep letters and digits as they are rather than lose the title.
            slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
            slug = slug.isEmpty() ? "" : "p-" + Integer.toHexString(slug.hashCode());
        }
        return slug;
    }

    private static String normalise(String category) {
        return category == null ? null : slug(category);
    }

    /** The aligner before kept its reasons as the codes JSON shows. */
    private static Match.Reason reason(String code) {
        for (var reason : Match.Reason.values()) {
            if (reason.code().equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
