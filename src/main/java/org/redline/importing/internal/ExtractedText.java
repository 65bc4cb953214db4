package org.redline.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;

/**
 * The text a file reader (Word, OpenDocument, PDF, HTML) took out of a file, as the numbered lines an
 * article prints, so the numbered-text reader finds the points, titles and wrapped lines as it does in
 * pasted text. Each line remembers where in the file it came from ({@code paragraph 12},
 * {@code page 3}), so an error names that place rather than a line of text the editor never saw.
 *
 * @param title the file's own title (document properties, the page's headline): the label when none is given
 * @param notes what the editor should know about the file, shown in the preview
 */
record ExtractedText(List<Line> lines, String title, List<String> notes) {

    /**
     * @param bullet an item of an unnumbered list: read as a point when the file has no numbered points
     */
    record Line(String text, String where, boolean bullet) {
        static Line of(String text, String where) {
            return new Line(text, where, false);
        }

        static Line blank(String where) {
            return new Line("", where, false);
        }
    }

    private static final Pattern LINE_REF = Pattern.compile("^line (\\d+)(.*)$");

    ExtractedText {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        title = title == null || title.isBlank() ? null : title.strip().replaceAll("\\s+", " ");
    }

    DraftImport.Parsed parse(DraftFormat format, DraftUpload upload) {
        var metadata = Metadata.of(new FrontMatter(List.of(), "", 1), upload.parameters()).orDefault("label", title);
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new DraftRejected(lines.isEmpty() ? "file" : lines.get(0).where(), "holds no text the import can read"
                    + (format == DraftFormat.PDF ? " (a scanned PDF holds pictures of pages: run it through text recognition first)" : ""));
        }
        try {
            var numbered = TextDraftReader.looksNumbered(text(false)) || lines.stream().noneMatch(Line::bullet);
            var points = TextDraftReader.read(text(!numbered), 1);
            if (!numbered) {
                // an unnumbered list: its items are the points, numbered here only to be read
                points = points.stream().map(p -> new ParsedPoint(p.line(), null, p.category(), p.text(), p.status(), p.key(), p.note())).toList();
            }
            var parsed = TextDrafts.parse(format, points, metadata, notes);
            return new DraftImport.Parsed(format, parsed.draft(), parsed.markedNew(), notes, text(!numbered));
        } catch (DraftRejected e) {
            throw located(e);
        }
    }

    private String text(boolean numberBullets) {
        var out = new StringBuilder();
        int n = 0;
        for (var line : lines) {
            out.append(numberBullets && line.bullet() ? ++n + ". " : "").append(line.text().replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }

    /** An error about a line of the extracted text becomes one about the place in the file it came from. */
    private DraftRejected located(DraftRejected e) {
        var where = e.where() == null ? null : LINE_REF.matcher(e.where());
        if (where != null && where.matches()) {
            int line = Integer.parseInt(where.group(1));
            if (line >= 1 && line <= lines.size()) {
                var reason = e.reason().replace("expected lines such as '1. text', '1) text' or 'Point 1: text'",
                        "expected a numbered list (Word's automatic numbering, an <ol>, or paragraphs starting '1.')");
                return new DraftRejected(lines.get(line - 1).where() + where.group(2), reason);
            }
        }
        return e;
    }
}
