package org.redline.diff;

import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff of two texts with java-diff-utils, with the cost bounded the way wikidiff2 bounds it.
 * The common head and tail are cut off first, on characters, in linear time; only the middle is split
 * into words (each with the whitespace after it) and handed to Myers' algorithm. Myers costs at most
 * (N+M)·D steps for N and M words and D differences, and D is at most N+M, so a middle whose (N+M)²
 * exceeds the work allowed is reported whole, as deleted then inserted, and flagged coarse, instead of
 * running unbounded.
 *
 * <p>Kept whole (over 300 lines) on purpose: the character cut ({@code commonHead}/{@code commonTail})
 * and the tokenizer must agree on what a space and a word boundary are, and one class keeps them in step.
 */
final class WordDiff {

    private WordDiff() {
    }

    /** @param work the Myers work spent, (N+M)² of the middle's words; 0 when Myers did not run */
    record Result(List<TextSegment> segments, boolean coarse, long work) {
    }

    /** The work Myers may do on a middle of {@code words} words, both sides together. */
    static long work(long words) {
        return words * words;
    }

    /** @param workLimit the most work Myers may do on the middle; above it the diff is coarse */
    static Result diff(String before, String after, long workLimit) {
        int head = commonHead(before, after);
        int tail = commonTail(before, after, head);
        var middleBefore = before.substring(head, before.length() - tail);
        var middleAfter = after.substring(head, after.length() - tail);
        var segments = new Segments();
        // equal runs read as the later text has them (its typography, when only that differs)
        segments.add(TextSegment.Kind.EQUAL, after.substring(0, head));
        boolean coarse = false;
        long work = 0;
        if (middleBefore.isEmpty() || middleAfter.isEmpty()) {
            segments.add(TextSegment.Kind.DELETED, middleBefore);
            segments.add(TextSegment.Kind.INSERTED, middleAfter);
        } else {
            var a = words(middleBefore);
            var b = words(middleAfter);
            long needed = work(a.size() + b.size());
            if (needed > workLimit) {
                coarse = true;
                segments.add(TextSegment.Kind.DELETED, middleBefore);
                segments.add(TextSegment.Kind.INSERTED, middleAfter);
            } else {
                work = needed;
                wordLevel(segments, a, b);
            }
        }
        segments.add(TextSegment.Kind.EQUAL, after.substring(after.length() - tail));
        return new Result(segments.list(), coarse, work);
    }

    private static void wordLevel(Segments segments, List<String> a, List<String> b) {
        int i = 0;
        int j = 0;
        // Compared folded (see keys); the linear-space Myers variant keeps memory at O(N+M) and was the
        // faster of the two on the drafts. Its changes are read as they come: a Patch would copy every
        // changed run into chunks first, a tenth of the time of a rewritten point's diff.
        for (var change : new MyersDiffWithLinearSpace<String>().computeDiff(keys(a), keys(b), null)) {
            equalRun(segments, a, i, change.startOriginal, b, j);
            var deleted = String.join("", a.subList(change.startOriginal, change.endOriginal));
            var inserted = String.join("", b.subList(change.startRevised, change.endRevised));
            // a space both sides keep after a replaced word is not part of the change
            int kept = deleted.isEmpty() || inserted.isEmpty() ? 0 : trailingSpace(deleted, inserted);
            segments.add(TextSegment.Kind.DELETED, deleted.substring(0, deleted.length() - kept));
            segments.add(TextSegment.Kind.INSERTED, inserted.substring(0, inserted.length() - kept));
            segments.add(TextSegment.Kind.EQUAL, inserted.substring(inserted.length() - kept));
            i = change.endOriginal;
            j = change.endRevised;
        }
        equalRun(segments, a, i, a.size(), b, j);
    }

    /**
     * Words Myers matched, a[from..to) with b from {@code j}: equal as the later text has them, except
     * where the whitespace after a word differs, which shows as deleted and inserted whitespace.
     */
    private static void equalRun(Segments segments, List<String> a, int from, int to, List<String> b, int j) {
        for (int i = from; i < to; i++, j++) {
            var before = a.get(i);
            var after = b.get(j);
            if (before.length() == after.length()) { // the same word and space (as the later text spells it)
                segments.add(TextSegment.Kind.EQUAL, after);
                continue;
            }
            int word = wordLength(after); // only the last words can differ in their space
            segments.add(TextSegment.Kind.EQUAL, after.substring(0, word));
            var spaceBefore = before.substring(wordLength(before));
            var spaceAfter = after.substring(word);
            if (spaceBefore.equals(spaceAfter)) {
                segments.add(TextSegment.Kind.EQUAL, spaceAfter);
            } else {
                segments.add(TextSegment.Kind.DELETED, spaceBefore);
                segments.add(TextSegment.Kind.INSERTED, spaceAfter);
            }
        }
    }

    /**
     * What Myers compares of each word: the word folded (the same string, unless it has typographic
     * quotes or dashes), and the last word with a space after it if it has none, so the word that ends
     * the changed span still matches the same word followed by a space elsewhere.
     */
    private static List<String> keys(List<String> words) {
        var keys = new ArrayList<String>(words.size());
        for (var word : words) {
            keys.add(folded(word));
        }
        int last = keys.size() - 1;
        if (last >= 0 && !space(keys.get(last).charAt(keys.get(last).length() - 1))) {
            keys.set(last, keys.get(last) + " ");
        }
        return keys;
    }

    private static String folded(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (fold(token.charAt(i)) != token.charAt(i)) {
                var chars = token.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    chars[j] = fold(chars[j]);
                }
                return new String(chars);
            }
        }
        return token;
    }

    /** The length of a word without the whitespace after it (0 for whitespace alone). */
    private static int wordLength(String word) {
        int end = word.length();
        while (end > 0 && space(word.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * The text as Myers compares it: each token with the whitespace that follows it, so spaces are
     * never matched on their own and the work is counted in words (whitespace at the very start is a
     * word of its own). They join back to the text.
     */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        int at = 0;
        while (at < text.length()) {
            int end = tokenEnd(text, at);
            while (end < text.length() && !space(text.charAt(at)) && space(text.charAt(end))) {
                end++;
            }
            words.add(text.substring(at, end));
            at = end;
        }
        return words;
    }

    private static int trailingSpace(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && space(a.charAt(a.length() - 1 - n))
                && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /**
     * The text's words, numbers, whitespace runs and single other characters, in order; they join back
     * to the text. Numbers with separators (600,000; 50/50; 3.5%) are one token; words in any script keep
     * inner apostrophes and hyphens. The rule, as a regular expression (a test holds the two equal):
     * {@code \\p{N}+(?:[.,:/]\\p{N}+)*%?|[\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*|\\s+|.}
     * Scanned by hand because the regex engine was most of a comparison's cost. The diff itself uses
     * {@link #words}, built on the same scanner.
     */
    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        if (text == null) {
            return tokens;
        }
        int at = 0;
        while (at < text.length()) {
            int end = tokenEnd(text, at);
            tokens.add(text.substring(at, end));
            at = end;
        }
        return tokens;
    }

    private static int tokenEnd(String text, int at) {
        int first = text.codePointAt(at);
        if (number(first)) {
            int end = run(text, at, true);
            while (end + 1 < text.length() && ".,:/".indexOf(text.charAt(end)) >= 0 && number(text.codePointAt(end + 1))) {
                end = run(text, end + 1, true);
            }
            return end < text.length() && text.charAt(end) == '%' ? end + 1 : end;
        }
        if (wordPart(first)) {
            int end = run(text, at, false);
            while (end + 1 < text.length() && "'’-".indexOf(text.charAt(end)) >= 0 && wordPart(text.codePointAt(end + 1))) {
                end = run(text, end + 1, false);
            }
            return end;
        }
        if (space(text.charAt(at))) {
            int end = at + 1;
            while (end < text.length() && space(text.charAt(end))) {
                end++;
            }
            return end;
        }
        return at + Character.charCount(first);
    }

    /** The end of the run of numbers (or of word parts) that starts at {@code at}. */
    private static int run(String text, int at, boolean numbersOnly) {
        int end = at;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            if (numbersOnly ? !number(codePoint) : !wordPart(codePoint)) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return end;
    }

    /** {@code \\p{N}}: decimal digits, letter numbers (Ⅻ) and other numbers (½, ²). */
    private static boolean number(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= '0' && codePoint <= '9';
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code [\\p{L}\\p{M}\\p{N}]}: letters, combining marks and numbers of any script. */
    private static boolean wordPart(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * Characters both texts begin with, cut back to where both pass from whitespace to a word or back
     * (a boundary of every tokenisation). Text without spaces is not cut, only diffed whole.
     */
    private static int commonHead(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        int head = 0;
        while (head < limit && fold(a.charAt(head)) == fold(b.charAt(head))) {
            head++;
        }
        while (head > 0 && !(boundary(a, head) && boundary(b, head))) {
            head--;
        }
        return head;
    }

    /** Characters both texts end with, not reaching into the head, cut back the same way. */
    private static int commonTail(String a, String b, int head) {
        int limit = Math.min(a.length(), b.length()) - head;
        int tail = 0;
        while (tail < limit && fold(a.charAt(a.length() - 1 - tail)) == fold(b.charAt(b.length() - 1 - tail))) {
            tail++;
        }
        while (tail > 0 && !(boundary(a, a.length() - tail) && boundary(b, b.length() - tail))) {
            tail--;
        }
        return tail;
    }

    /**
     * Whether a token surely ends at {@code at}: at either end, or where whitespace meets non-whitespace
     * (only the whitespace token holds whitespace). Boundaries inside a run of words are left to the
     * tokenizer, which sees the middle.
     */
    private static boolean boundary(String text, int at) {
        return at == 0 || at == text.length() || space(text.charAt(at - 1)) != space(text.charAt(at));
    }

    /** Exactly the regex's {@code \\s}, so the cut and the tokenizer agree. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Typographic variants (’ vs ', “ vs ", – vs -) are not changes of wording. */
    private static char fold(char c) {
        return switch (c) {
            case '’', '‘' -> '\'';
            case '“', '”' -> '"';
            case '–', '—' -> '-';
            default -> c;
        };
    }


    /** Builds segments, merging neighbours of the same kind. */
    private static final class Segments {
        private final List<TextSegment> list = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private TextSegment.Kind runKind;

        void add(TextSegment.Kind kind, List<String> tokens) {
            add(kind, String.join("", tokens));
        }

        void add(TextSegment.Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            if (kind != runKind) {
                endRun();
                runKind = kind;
            }
            run.append(text); // a run grows by appending: word after word stays linear
        }

        private void endRun() {
            if (runKind != null && run.length() > 0) {
                list.add(new TextSegment(runKind, run.toString()));
            }
            run.setLength(0);
            runKind = null;
        }

        /**
         * The segments, with whitespace-only equal runs between two changes folded into the change,
         * so "600,000 personnel" to "800,000 in peacetime" reads as one replacement, not confetti.
         */
        List<TextSegment> list() {
            endRun();
            var result = new ArrayList<TextSegment>();
            var deleted = new StringBuilder();
            var inserted = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                var segment = list.get(i);
                boolean changed = segment.kind() != TextSegment.Kind.EQUAL;
                boolean bridge = !changed && segment.text().isBlank() && (deleted.length() + inserted.length() > 0)
                        && i + 1 < list.size();
                if (changed || bridge) {
                    if (segment.kind() != TextSegment.Kind.INSERTED) {
                        deleted.append(segment.text());
                    }
                    if (segment.kind() != TextSegment.Kind.DELETED) {
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
                result.add(new TextSegment(TextSegment.Kind.DELETED, deleted.toString()));
            }
            if (inserted.length() > 0) {
                result.add(new TextSegment(TextSegment.Kind.INSERTED, inserted.toString()));
            }
            deleted.setLength(0);
            inserted.setLength(0);
        }
    }
}
