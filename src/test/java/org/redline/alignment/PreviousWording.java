package org.redline.alignment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a point's text into the terms text similarity compares: lowercase, accents and punctuation
 * gone, British spellings and demonyms folded, stop words dropped, words lightly stemmed. The base
 * texts are short summaries and the drafts full sentences, so what matters is that the same idea in
 * either form ends up as the same few terms.
 */
final class PreviousWording {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,][0-9]{3})*|[\\p{L}\\p{N}]+");

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "either", "etc", "every", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i",
            "if", "in", "including", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more",
            "most", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
            "or", "other", "others", "our", "ours", "out", "over", "own", "per", "same", "shall", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very", "via", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within",
            "would", "you", "your", "e", "g", "eg", "ie", "s", "t", "point", "points", "part", "parts", "side",
            "sides", "party", "parties", "agreement", "plan", "framework", "document", "undertake", "undertakes",
            "agree", "agrees", "agreed", "receive", "receives", "received", "make", "makes", "made", "take",
            "takes", "new", "whole", "well", "thereof", "herein", "given", "give", "gives");

    /** Same thing, other word: demonyms to the country, spellings and short forms to one form. */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("russian", "russia"), Map.entry("russians", "russia"), Map.entry("ukrainian", "ukraine"),
            Map.entry("ukrainians", "ukraine"), Map.entry("european", "europe"), Map.entry("europeans", "europe"),
            Map.entry("american", "us"), Map.entry("americans", "us"), Map.entry("usa", "us"),
            Map.entry("dnieper", "dnipro"), Map.entry("dnepr", "dnipro"), Map.entry("zaporozhye", "zaporizhzhia"),
            Map.entry("zaporizhzhya", "zaporizhzhia"), Map.entry("zaporizhia", "zaporizhzhia"),
            Map.entry("kiev", "kyiv"), Map.entry("npp", "nuclear"), Map.entry("truce", "ceasefire"),
            Map.entry("armistice", "ceasefire"), Map.entry("elections", "election"), Map.entry("vote", "election"),
            Map.entry("polls", "election"), Map.entry("sanction", "sanctions"), Map.entry("eu", "eu"),
            Map.entry("g7", "g8"), Map.entry("army", "military"), Map.entry("troops", "troop"),
            Map.entry("soldiers", "troop"), Map.entry("prisoners", "prisoner"),
            Map.entry("pows", "prisoner"), Map.entry("pow", "prisoner"), Map.entry("captives", "prisoner"));

    private PreviousWording() {
    }

    /** The stemmed terms of a text, in order, stop words left out. */
    static List<String> terms(String text) {
        var terms = new ArrayList<String>();
        for (var word : words(text)) {
            terms.add(stem(word));
        }
        return terms;
    }

    /** The words of a text after folding, before stemming: what character n-grams are cut from. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        if (text == null) {
            return words;
        }
        var folded = fold(text);
        var matcher = WORD.matcher(folded);
        while (matcher.find()) {
            var word = matcher.group();
            if (Character.isDigit(word.charAt(0))) {
                // 600,000 and 600.000 are the same number; a number is a strong, rare term
                words.add(word.replace(",", "").replace(".", ""));
                continue;
            }
            word = SAME.getOrDefault(word, word);
            if (word.length() < 2 || STOP_WORDS.contains(word)) {
                continue;
            }
            words.add(british(word));
        }
        return words;
    }

    private static String fold(String text) {
        var ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'')
                .replaceAll("'s\\b", "")
                .replaceAll("\\bu\\.\\s?s\\.", " us ")
                .replaceAll("\\bunited states( of america)?\\b", " us ")
                .replaceAll("\\beuropean union\\b", " eu ")
                .replaceAll("\\btreaty on (the )?non-?proliferation of nuclear weapons\\b|\\bnuclear non-?proliferation treaty\\b", " npt ")
                .replaceAll("\\bnon[-\\s]+(?=\\p{L})", "non")
                .replaceAll("\\bcease[-\\s]fire\\b", "ceasefire")
                .replaceAll("\\b(\\d+)\\s*(?:bn|billion|b)\\b", "$1000000000")
                .replaceAll("\\b(step[-\\s]by[-\\s]step|in stages|gradual(ly)?|phased)\\b", " phase ")
                .replaceAll("\\b(eased|easing|lifting|lifted|relief)\\b", " relief ")
                .replaceAll("\\$", " ");
    }

    /** British to American spelling, so "demilitarised" and "demilitarized" are one word. */
    private static String british(String word) {
        if (word.length() <= 5) {
            return word;
        }
        var w = word.replaceAll("is(e|ed|es|ing|ation|ations)$", "iz$1");
        w = w.replaceAll("our(s?)$", "or$1").replaceAll("tre(s?)$", "ter$1").replaceAll("mme(s?)$", "m$1");
        return w.replace("ll", "l");
    }

    /**
     * A light suffix stemmer: inflections first (plural, -ed, -ing), then one derivational suffix, so
     * "compensated", "compensation" and "compensates" meet, as do "guarantee" and "guaranteed".
     */
    static String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        var w = word;
        if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        w = strip(w, INFLECTIONS);
        w = strip(w, DERIVATIONS);
        if (w.length() > 4 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2) && "lsz".indexOf(w.charAt(w.length() - 1)) < 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static final String[] INFLECTIONS = {"ingly", "edly", "ing", "ed"};
    private static final String[] DERIVATIONS = {"ational", "ization", "ation", "ition", "ator", "ments", "ment",
            "ness", "ities", "ity", "ively", "ive", "ance", "ence", "able", "ible", "ally", "ly", "al", "ize", "ate",
            "at", "er", "ic", "y", "e"};

    private static String strip(String word, String[] suffixes) {
        for (var suffix : suffixes) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
