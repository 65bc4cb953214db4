package org.redline.importing.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;

/**
 * Reads a PDF draft with PDFBox's text extraction, page by page and in reading order. What a printed
 * page adds is taken out before the points are read: running headers and footers (a line at the top
 * or bottom of most pages, its digits aside) and page numbers ({@code 3}, {@code 3/7},
 * {@code Page 3 of 7}). A word hyphenated at a line's end is joined again; wrapped lines continue
 * their point as in pasted text, and a gap between paragraphs is a blank line.
 */
final class PdfDraftReader implements DraftReader {

    /** How many lines at each edge of a page may be a running header or footer. */
    private static final int EDGE = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*(?:/|of)\\s*\\d{1,4})?$");
    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{Ll}[-\u00AD]$");

    @Override
    public DraftFormat format() {
        return DraftFormat.PDF;
    }

    @Override
    public boolean acceptsType(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.equals("application/x-pdf");
    }

    @Override
    public boolean acceptsName(String fileName) {
        return fileName.endsWith(".pdf");
    }

    @Override
    public boolean recognises(byte[] body, Supplier<String> text) {
        return body.length > 5 && new String(body, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    @Override
    public DraftImport.Parsed read(DraftUpload upload) {
        try (var pdf = Loader.loadPDF(upload.body())) {
            var title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            var pages = pages(pdf);
            if (pages.stream().allMatch(page -> page.stream().allMatch(String::isEmpty))) {
                throw new DraftRejected(pages.size() <= 1 ? "page 1" : "pages 1-" + pages.size(), "no text: a scanned PDF "
                        + "holds pictures of pages; run it through text recognition first, or paste the text");
            }
            return new ExtractedText(lines(pages), title, List.of()).parse(format(), upload);
        } catch (InvalidPasswordException e) {
            throw new DraftRejected("file", "is a password-protected PDF; save it without a password (or paste its text)");
        } catch (IOException e) {
            throw new DraftRejected("file", "is not a readable PDF: " + e.getMessage());
        }
    }

    /** Each page's lines; a blank line where the text leaves a paragraph's gap. */
    private static List<List<String>> pages(PDDocument pdf) throws IOException {
        var stripper = new BoldMarkingStripper();
        stripper.setSortByPosition(true);
        stripper.setParagraphStart("\n");
        stripper.setLineSeparator("\n");
        var pages = new ArrayList<List<String>>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            var lines = new ArrayList<String>();
            for (var line : stripper.getText(pdf).split("\n", -1)) {
                lines.add(BoldMarkingStripper.titleOnly(line.strip()));
            }
            pages.add(lines);
        }
        return pages;
    }

    private static List<ExtractedText.Line> lines(List<List<String>> pages) {
        var running = running(pages);
        var out = new ArrayList<ExtractedText.Line>();
        for (int p = 0; p < pages.size(); p++) {
            var lines = pages.get(p);
            var edges = edges(lines);
            var where = "page " + (p + 1);
            var kept = new ArrayList<String>();
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                if (!(edges.contains(i) && (running.contains(shape(line)) || PAGE_NUMBER.matcher(line).matches()))
                        && !(line.isEmpty() && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty()))) {
                    kept.add(line);
                }
            }
            // a gap at a page's end is the page's, not the text's: a paragraph may go on over the page
            while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
                kept.remove(kept.size() - 1);
            }
            for (var line : kept) {
                var previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && !line.isEmpty() && HYPHENATED.matcher(previous.text()).matches() && Character.isLowerCase(line.charAt(0))) {
                    // "disarma-" then "ment": one word broken by the line's end
                    var joined = previous.text().substring(0, previous.text().length() - 1) + line;
                    out.set(out.size() - 1, ExtractedText.Line.of(joined, previous.where()));
                } else {
                    out.add(line.isEmpty() ? ExtractedText.Line.blank(where) : ExtractedText.Line.of(line, where));
                }
            }
        }
        return out;
    }

    /** Lines that stand at the top or bottom of at least half the pages (two at least), digits aside. */
    private static Set<String> running(List<List<String>> pages) {
        var seen = new HashMap<String, Integer>();
        for (var lines : pages) {
            var shapes = new HashSet<String>();
            for (int i : edges(lines)) {
                if (!lines.get(i).isEmpty()) {
                    shapes.add(shape(lines.get(i)));
                }
            }
            shapes.forEach(s -> seen.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        var running = new HashSet<String>();
        seen.forEach((shape, count) -> {
            if (count >= needed) {
                running.add(shape);
            }
        });
        return running;
    }

    /** The indices of the first and last few non-blank lines of a page. */
    private static Set<Integer> edges(List<String> lines) {
        var edges = new HashSet<Integer>();
        for (int i = 0, found = 0; i < lines.size() && found < EDGE; i++) {
            if (!lines.get(i).isEmpty()) {
                edges.add(i);
                found++;
            }
        }
        for (int i = lines.size() - 1, found = 0; i >= 0 && found < EDGE; i--) {
            if (!lines.get(i).isEmpty()) {
                edges.add(i);
                found++;
            }
        }
        return edges;
    }

    private static String shape(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }


    /**
     * Marks text set in a bold font {@code **...**}, so a bold opening title ("1. <b>Sovereignty.</b> ...")
     * becomes the point's category as it does in Word, HTML and Markdown; marks anywhere else are dropped.
     */
    private static final class BoldMarkingStripper extends PDFTextStripper {
        private static final Pattern LEADING_BOLD = Pattern.compile("^((?:\\(?\\d{1,4}[a-z]?[.):]\\s*)?)\\*\\*(.+?)\\*\\*(.*)$");

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
            var marked = new StringBuilder();
            boolean bold = false;
            for (var position : positions) {
                boolean isBold = bold(position);
                if (isBold != bold && !position.getUnicode().isBlank()) {
                    marked.append("**");
                    bold = isBold;
                }
                marked.append(position.getUnicode());
            }
            super.writeString(marked.append(bold ? "**" : "").toString(), positions);
        }

        private static boolean bold(org.apache.pdfbox.text.TextPosition position) {
            var font = position.getFont();
            var descriptor = font == null ? null : font.getFontDescriptor();
            return font != null && (font.getName() != null && font.getName().toLowerCase(java.util.Locale.ROOT).contains("bold")
                    || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600));
        }

        /** A line's opening bold title (after its number) kept as {@code **Title**}; other marks removed. */
        static String titleOnly(String line) {
            var leading = LEADING_BOLD.matcher(line);
            if (leading.matches()) {
                return leading.group(1) + "**" + leading.group(2).replace("**", "") + "**" + leading.group(3).replace("**", "");
            }
            return line.replace("**", "");
        }
    }
}
