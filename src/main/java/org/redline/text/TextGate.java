package org.redline.text;

import java.text.Normalizer;
import java.util.function.BiFunction;

/**
 * The one check every text a user or an import can set passes through (documents, versions, points,
 * sources, corrections, import metadata), so the rule is the same for every entry and every database.
 * It refuses what breaks pages, feeds or PostgreSQL: C0 and C1 control characters (Java counts
 * U+001C-U+001F as whitespace, XML and HTML do not), lone surrogates (stored as '?'), U+FFFD (an
 * undecodable byte upstream) and the non-characters U+FFFE/U+FFFF (not XML). Tab and newline pass only
 * where the field's {@link Shape} allows them. What passes is NFC-normalised and trimmed.
 */
public final class TextGate {

    /** How a field treats tabs and line breaks. */
    public enum Shape {
        /** Tabs and line breaks allowed and folded, with every whitespace run, into one space (point texts, labels). */
        FOLDED,
        /** One line: tabs and line breaks refused (titles, outlets, names). */
        LINE,
        /** Several lines: tabs and line breaks kept, CRLF read as LF (descriptions). */
        LINES
    }

    private TextGate() {
    }

    /**
     * The text as it will be stored, or null when it is absent or blank.
     *
     * @param refusal builds the caller's own error from the field name and the reason, so each feature
     *     keeps its problem type while sharing the rule
     */
    public static <E extends RuntimeException> String clean(String field, String value, Shape shape, int maxChars,
            BiFunction<String, String, E> refusal) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            var problem = problem(value, i, c, shape);
            if (problem != null) {
                throw refusal.apply(field, "contains " + problem + " at position " + (i + 1)
                        + "; control characters, lone surrogates and undecodable bytes are not text");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        var clean = Normalizer.normalize(value, Normalizer.Form.NFC);
        clean = switch (shape) {
            case FOLDED -> clean.strip().replaceAll("\\s+", " ");
            case LINE -> clean.strip();
            case LINES -> clean.replace("\r\n", "\n").replace('\r', '\n').strip();
        };
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > maxChars) {
            throw refusal.apply(field, "must be at most " + maxChars + " characters, got " + clean.length());
        }
        return clean;
    }

    private static String problem(String value, int i, char c, Shape shape) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return shape == Shape.LINE ? (c == '\t' ? "a tab" : "a line break") : null;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return String.format("the control character U+%04X", (int) c);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)) ? null : "a lone surrogate";
        }
        if (Character.isLowSurrogate(c)) {
            return "a lone surrogate";
        }
        if (c == '\uFFFD') {
            return "an undecodable byte (U+FFFD)";
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return String.format("the non-character U+%04X", (int) c);
        }
        return null;
    }
}
