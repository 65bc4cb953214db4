package org.redline.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Word-level diff of two texts with java-diff-utils, with the cost bounded the way wikidiff2 bounds it:
 * the common head and tail are cut off in linear time, and when what is left is too large for Myers'
 * algorithm (quadratic in the worst case) the span is reported whole, as deleted then inserted, and
 * flagged coarse.
 */
final class WordDiff {

    /**
     * Numbers with separators (600,000; 50/50; 3.5%) are one token; words in any script keep inner
     * apostrophes and hyphens; whitespace runs and single other characters are tokens of their own.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,:/]\\p{N}+)*%?|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*|\\s+|.",
            Pattern.DOTALL);

    /** Typographic variants (’ vs ', “ vs ") are not changes of wording. */
    private static final BiPredicate<String, String> SAME_WORD = (a, b) -> a.equals(b) || fold(a).equals(fold(b));

    private WordDiff() {
    }

    record Result(List<TextSegment> segments, boolean coarse, long cost) {
    }

    /** @param budget the largest middle (tokens on both sides) given to Myers; above it the diff is coarse */
    static Result diff(String before, String after, int budget) {
        var a = tokens(before);
        var b = tokens(after);
        int head = 0;
        while (head < a.size() && head < b.size() && SAME_WORD.test(a.get(head), b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && SAME_WORD.test(a.get(a.size() - 1 - tail), b.get(b.size() - 1 - tail))) {
            tail++;
        }
        var middleA = a.subList(head, a.size() - tail);
        var middleB = b.subList(head, b.size() - tail);
        var segments = new Segments();
        segments.add(TextSegment.EQUAL, b.subList(0, head));
        boolean coarse = false;
        long cost = middleA.size() + middleB.size();
        if (middleA.isEmpty() || middleB.isEmpty() || cost > budget) {
            coarse = !middleA.isEmpty() && !middleB.isEmpty();
            segments.add(TextSegment.DELETED, middleA);
            segments.add(TextSegment.INSERTED, middleB);
        } else {
            int position = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(middleA, middleB, SAME_WORD).getDeltas()) {
                int sourceAt = delta.getSource().getPosition();
                int targetAt = delta.getTarget().getPosition();
                segments.add(TextSegment.EQUAL, middleB.subList(targetAt - (sourceAt - position), targetAt));
                segments.add(TextSegment.DELETED, delta.getSource().getLines());
                segments.add(TextSegment.INSERTED, delta.getTarget().getLines());
                position = sourceAt + delta.getSource().size();
            }
            segments.add(TextSegment.EQUAL, middleB.subList(middleB.size() - (middleA.size() - position), middleB.size()));
        }
        segments.add(TextSegment.EQUAL, b.subList(b.size() - tail, b.size()));
        return new Result(segments.list(), coarse, cost);
    }

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        if (text == null) {
            return tokens;
        }
        var matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String fold(String token) {
        return token.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
    }

    /** Builds segments, merging neighbours of the same kind. */
    private static final class Segments {
        private final List<TextSegment> list = new ArrayList<>();

        void add(String kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            var text = String.join("", tokens);
            if (!list.isEmpty() && list.get(list.size() - 1).kind().equals(kind)) {
                text = list.remove(list.size() - 1).text() + text;
            }
            list.add(new TextSegment(kind, text));
        }

        /**
         * The segments, with whitespace-only equal runs between two changes folded into the change,
         * so "600,000 personnel" to "800,000 in peacetime" reads as one replacement, not confetti.
         */
        List<TextSegment> list() {
            var result = new ArrayList<TextSegment>();
            var deleted = new StringBuilder();
            var inserted = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                var segment = list.get(i);
                boolean changed = !segment.kind().equals(TextSegment.EQUAL);
                boolean bridge = !changed && segment.text().isBlank() && (deleted.length() + inserted.length() > 0)
                        && i + 1 < list.size();
                if (changed || bridge) {
                    if (!segment.kind().equals(TextSegment.INSERTED)) {
                        deleted.append(segment.text());
                    }
                    if (!segment.kind().equals(TextSegment.DELETED)) {
                        inserted.append(segment.text());
                    }
                    continue;
                }
                flush(result, deleted, inserted);
                result.add(segment);
            }
            flush(result, deleted, inserted);
            return List.copyOf(result);
        }

        private static void flush(List<TextSegment> result, StringBuilder deleted, StringBuilder inserted) {
            if (deleted.length() > 0) {
                result.add(new TextSegment(TextSegment.DELETED, deleted.toString()));
            }
            if (inserted.length() > 0) {
                result.add(new TextSegment(TextSegment.INSERTED, inserted.toString()));
            }
            deleted.setLength(0);
            inserted.setLength(0);
        }
    }
}
