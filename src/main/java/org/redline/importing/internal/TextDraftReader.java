package org.redline.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;
import org.redline.version.PointStatus;

/**
 * Reads a numbered list as news articles publish it. A point starts on a line {@code 1.},
 * {@code 1)}, {@code (1)}, {@code 1:}, {@code 1 —}, {@code Point 1:} or {@code 12a.} (Markdown {@code #} and {@code **} around
 * the number are tolerated); everything before the first point is preamble, wrapped lines continue
 * the point above, and lettered sub-points ({@code a)}, {@code (b)}, {@code c.}) stay inside their
 * point's text. A paragraph after a blank line belongs to the point above when another point follows
 * it, and is closing text after the last point. A point may open with a title, which becomes its
 * category: {@code Territories: ...}, {@code **Territories.** ...}, or a short title line with the
 * text on the lines below. {@code [removed]} or {@code [bracketed]} at the start of a text sets the
 * point's status.
 */
final class TextDraftReader implements DraftReader {

    /**
     * A number as documents print them: {@code 12}, {@code 1200}, {@code 12a}, {@code 5.1.2},
     * {@code A.5.1}, {@code 12(3)(a)}; after a word such as Article, also {@code 12} alone.
     */
    private static final String NUMBER = "(?:\\d{1,6}[a-z]?(?:\\.\\d{1,4}[a-z]?)*(?:\\([0-9a-z]{1,4}\\))*|[A-Z]\\.\\d{1,4}(?:\\.\\d{1,4})*)";
    private static final Pattern POINT = Pattern.compile(
            "^\\s*(?:#{1,6}\\s*|>\\s*)?(?:\\*\\*|__)?"
                    + "(?:(?:point|item|article|art\\.|clause|paragraph|section|rule)\\s+(" + NUMBER + ")(?:\\*\\*|__)?\\s*(?:[.):\\-–—]|\\s+(?=(?-i:\\p{Lu})))(?:\\*\\*|__)?\\s*"
                    + "|\\(?(" + NUMBER + ")(?:[.):]|\\s+[–—])(?:\\*\\*|__)?(?:\\s+|$)"
                    // 5.1.2 Title, A.5.1 Title: a numbered heading with no punctuation, before a capital
                    + "|(\\d{1,4}(?:\\.\\d{1,4})+|[A-Z]\\.\\d{1,4}(?:\\.\\d{1,4})*)(?:\\*\\*|__)?\\s+(?=(?-i:\\p{Lu})))(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB_POINT = Pattern.compile("^\\s*(?:\\([a-z]{1,4}\\)|[a-z]\\)|[a-z]\\.(?=\\s))\\s*\\S.*$");
    private static final Pattern BOLD_TITLE = Pattern.compile("^(?:\\*\\*|__)(.{1,80}?)(?:\\*\\*|__)\\s*[:.\\-–—]?\\s*(.*)$");
    private static final Pattern COLON_TITLE = Pattern.compile("^([^:.;]{1,60})[:]\\s+(\\S.*)$");
    private static final Pattern STATUS = Pattern.compile("^\\[(removed|deleted|dropped|bracketed)]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("and", "of", "the", "on", "for", "to",
            "in", "&", "a", "an", "with", "or", "at", "by", "-", "–", "/");

    @Override
    public DraftFormat format() {
        return DraftFormat.TEXT;
    }

    @Override
    public boolean acceptsType(String mediaType) {
        return mediaType.equals("text/plain");
    }

    @Override
    public boolean acceptsName(String fileName) {
        return fileName.endsWith(".txt") || fileName.endsWith(".text");
    }

    @Override
    public boolean recognises(byte[] body, java.util.function.Supplier<String> text) {
        return looksNumbered(text.get());
    }

    /** Plain text pasted from a page may hold a Markdown table: then it is read as one. */
    @Override
    public DraftImport.Parsed read(DraftUpload upload) {
        var text = TextDrafts.decode(upload.body());
        return MarkdownDraftReader.hasDraftTable(text)
                ? TextDrafts.parse(DraftFormat.MARKDOWN, text, upload, MarkdownDraftReader::read)
                : TextDrafts.parse(format(), text, upload, TextDraftReader::read);
    }

    /** A list numbered only (i), (ii) or (a), (b): read when no line starts an ordinary point. */
    private static final Pattern PARENTHESISED = Pattern.compile("^\\s*\\(((?:[ivxlc]{1,6})|[a-z])\\)\\s+(.*)$");

    /** @param firstLine the number of the text's first line in what the editor sent (after front matter) */
    static List<ParsedPoint> read(String text, int firstLine) {
        var points = read(text, firstLine, POINT);
        return points.isEmpty() ? read(text, firstLine, PARENTHESISED) : points;
    }

    private static List<ParsedPoint> read(String text, int firstLine, Pattern pointStart) {
        var lines = text.split("\r?\n", -1);
        var points = new ArrayList<ParsedPoint>();
        Open open = null;
        var pending = new ArrayList<String>();
        boolean blank = false;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            int number = firstLine + i;
            if (line.isBlank()) {
                blank = true;
                if (open != null && !pending.isEmpty()) {
                    pending.add("");
                }
                continue;
            }
            var point = pointStart.matcher(line);
            if (point.matches() && continues(open, point, pointStart)) {
                if (open != null) {
                    open.lines.addAll(pending);
                    points.add(open.close());
                }
                pending.clear();
                open = new Open(number, label(point), pointStart == PARENTHESISED ? point.group(2).strip() : point.group(4).strip());
            } else if (open != null && (!blank && pending.isEmpty() || SUB_POINT.matcher(line).matches())) {
                open.lines.addAll(pending);
                pending.clear();
                open.lines.add(line.strip());
            } else if (open != null) {
                // after a blank line: the point's next paragraph if another point follows, else closing text
                pending.add(line.strip());
            }
            blank = false;
        }
        if (open != null) {
            points.add(open.close());
        }
        if (points.isEmpty() && pointStart == PARENTHESISED) {
            throw new DraftRejected("line " + firstLine, "no numbered points found; expected lines such as '1. text', "
                    + "'1) text' or 'Point 1: text'");
        }
        return points;
    }

    /** Whether a text holds at least one line that starts a numbered point. */
    static boolean looksNumbered(String text) {
        for (var line : text.split("\r?\n")) {
            if (POINT.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number of four digits or more starts a point only where it continues the count (999 then 1000):
     * alone it is more likely a year or an amount that a wrapped line begins with.
     */
    private static boolean continues(Open open, Matcher point, Pattern pointStart) {
        if (pointStart == PARENTHESISED) {
            return true;
        }
        var number = label(point);
        if (!number.matches("\\d{4,}")) {
            return true;
        }
        return open != null && open.number.matches("\\d+") && Long.parseLong(open.number) + 1 == Long.parseLong(number);
    }

    private static String label(Matcher point) {
        if (point.pattern() == PARENTHESISED) {
            return point.group(1).toLowerCase(Locale.ROOT);
        }
        var number = point.group(1) != null ? point.group(1) : point.group(2) != null ? point.group(2) : point.group(3);
        // 12a and 12A are one number; A.5.1 keeps its capital letter, as printed
        return number.matches("\\d.*") ? number.toLowerCase(Locale.ROOT) : number;
    }

    /** A point being read: its first line's rest and the lines that continue it. */
    private static final class Open {
        final int line;
        final String number;
        final String first;
        final List<String> lines = new ArrayList<>();

        Open(int line, String number, String first) {
            this.line = line;
            this.number = number;
            this.first = first;
        }

        ParsedPoint close() {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            String title = null;
            var head = first;
            var bold = BOLD_TITLE.matcher(head);
            var colon = COLON_TITLE.matcher(head);
            if (bold.matches()) {
                title = bold.group(1).strip();
                head = bold.group(2);
            } else if (colon.matches() && titleLike(colon.group(1))) {
                title = colon.group(1).strip();
                head = colon.group(2);
            } else if (!lines.isEmpty() && titleLike(head.replaceAll("[:.]$", ""))) {
                // a short title line, the text below it
                title = head;
                head = "";
            }
            var text = String.join(" ", head.isEmpty() ? lines : prepend(head, lines)).strip();
            PointStatus status = null;
            var marked = STATUS.matcher(text);
            if (marked.matches()) {
                status = marked.group(1).equalsIgnoreCase("bracketed") ? PointStatus.BRACKETED : PointStatus.REMOVED;
                text = marked.group(2);
            }
            title = title == null ? null : title.replaceAll("[:.\\s]+$", "");
            return new ParsedPoint(line, number, title == null || title.isEmpty() ? null : title,
                    text.isEmpty() ? null : text, status, null, null);
        }

        private static List<String> prepend(String head, List<String> rest) {
            var all = new ArrayList<String>();
            all.add(head);
            all.addAll(rest);
            return all;
        }
    }

    /**
     * A title reads like a heading: a few words, each capitalised (or a small joining word), no
     * sentence punctuation. "Territories", "EU Path", "Cultural/Tolerance", "NATO Ban".
     */
    static boolean titleLike(String candidate) {
        var words = candidate.strip().split("[\\s/]+");
        if (candidate.isBlank() || words.length > 6 || candidate.matches(".*[,;!?\"“”].*")) {
            return false;
        }
        for (var word : words) {
            if (word.isEmpty() || SMALL_WORDS.contains(word)) {
                continue;
            }
            var c = word.replaceAll("^[(\\[‘'\"]+", "");
            if (c.isEmpty() || !(Character.isUpperCase(c.charAt(0)) || Character.isDigit(c.charAt(0)))) {
                return false;
            }
        }
        return true;
    }
}
