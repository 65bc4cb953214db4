package org.redline.version;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a text is indexed under and a query is looked up by: NFC-normalised, lower-cased
 * (locale-independent), split at every character that is neither a letter, a digit nor a combining mark,
 * so {@code 800,000} is the words {@code 800} and {@code 000}. Hand-written rather than Lucene's
 * StandardTokenizer because the rule must split numbers and apostrophes the same way in a text and in
 * a query typed into a search box, and be stated in one sentence in the docs.
 */
public final class SearchTerms {

    /** Longest word kept; a longer word is indexed (and looked up) by its first {@value} characters. */
    public static final int MAX_LENGTH = 100;

    private SearchTerms() {
    }

    /** The distinct words of a text, in order of first appearance; none for null. */
    public static Set<String> of(String text) {
        return new LinkedHashSet<>(words(text));
    }

    /** The words of a text or query in order, repeats kept. */
    public static List<String> words(String text) {
        var words = new ArrayList<String>();
        if (text == null) {
            return words;
        }
        var folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean inWord = i < folded.length() && (Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(cut(folded.substring(start, i)));
                start = -1;
            }
            i += i < folded.length() ? Character.charCount(c) : 1;
        }
        return words;
    }

    private static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return word.substring(0, end);
    }
}
