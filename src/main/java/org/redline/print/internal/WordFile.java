package org.redline.print.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

/**
 * A Word document being written, over POI's XWPF. Tracked changes are written as OOXML has them, so
 * Word and LibreOffice list them as revisions: an insertion is a {@code w:ins} holding runs, a deletion
 * a {@code w:del} whose runs hold {@code w:delText}, each with a unique id, the author and the date; a
 * whole paragraph added or removed also marks its paragraph mark, so accepting the change removes the
 * empty paragraph too.
 */
final class WordFile {

    static final String MUTED = "5A6272";
    private final XWPFDocument document = new XWPFDocument();
    private final String author;
    private final Calendar date;
    private long nextRevision = 1;

    /** @param author who the tracked changes are by; @param at when they were made (both unused without changes) */
    WordFile(String author, Instant at) {
        this.author = author;
        this.date = at == null ? null : calendar(at);
    }

    /** A paragraph of body text. */
    Line line() {
        return new Line(document.createParagraph().getCTP());
    }

    void title(String text) {
        line().styled(text, true, false, 32, null);
    }

    void heading(String text) {
        line().styled(text, true, false, 26, null);
    }

    void note(String text) {
        line().styled(text, false, true, 20, MUTED);
    }

    /** A table with a column of labels, then one column per version; every column lists the same facts in order. */
    void facts(List<String> heads, List<List<Fact>> columns) {
        int rows = columns.get(0).size() + 1;
        XWPFTable table = document.createTable(rows, columns.size() + 1);
        for (int c = 0; c < columns.size(); c++) {
            table.getRow(0).getCell(c + 1).setText(heads.get(c));
        }
        for (int r = 1; r < rows; r++) {
            table.getRow(r).getCell(0).setText(columns.get(0).get(r - 1).label());
            for (int c = 0; c < columns.size(); c++) {
                table.getRow(r).getCell(c + 1).setText(columns.get(c).get(r - 1).value());
            }
        }
    }

    /** Sources under a label, each on its own line, as links a reader can follow. */
    void sources(String label, List<org.redline.version.Source> sources) {
        line().styled(label, true, false, 22, null);
        if (sources.isEmpty()) {
            note("No sources recorded.");
        }
        for (var source : sources) {
            var paragraph = document.createParagraph();
            if (source.outlet() != null) {
                paragraph.createRun().setText(source.outlet() + ": ");
            }
            var link = paragraph.createHyperlinkRun(source.url());
            link.setText(source.url());
            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            link.setColor("1F4FB3");
        }
    }

    /** Turns on "track changes", so edits a reader makes to the file are recorded as well. */
    void trackRevisions() {
        document.getSettings().setTrackRevisions(true);
    }

    byte[] bytes() {
        try (document; var out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a Word document in memory", e);
        }
    }

    private static Calendar calendar(Instant at) {
        var calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }

    private void sign(CTTrackChange change) {
        change.setId(BigInteger.valueOf(nextRevision++));
        change.setAuthor(author);
        change.setDate(date);
    }

    /** One paragraph's runs, appended in reading order. */
    final class Line {
        private final CTP paragraph;

        private Line(CTP paragraph) {
            this.paragraph = paragraph;
        }

        Line plain(String text) {
            return styled(text, false, false, 0, null);
        }

        Line bold(String text) {
            return styled(text, true, false, 0, null);
        }

        Line aside(String text) {
            return styled(text, false, true, 0, MUTED);
        }

        /** @param halfPoints font size in half-points, 0 for the default */
        Line styled(String text, boolean bold, boolean italic, int halfPoints, String colour) {
            if (text != null && !text.isEmpty()) {
                text(format(paragraph.addNewR(), bold, italic, halfPoints, colour), text);
            }
            return this;
        }

        /** A tracked insertion: accepting it keeps the text, rejecting it removes it. */
        Line inserted(String text, boolean bold) {
            if (text != null && !text.isEmpty()) {
                var insertion = paragraph.addNewIns();
                sign(insertion);
                text(format(insertion.addNewR(), bold, false, 0, null), text);
            }
            return this;
        }

        /** A tracked deletion: the text is kept as {@code w:delText} until the change is accepted. */
        Line deleted(String text, boolean bold) {
            if (text != null && !text.isEmpty()) {
                var deletion = paragraph.addNewDel();
                sign(deletion);
                var run = format(deletion.addNewR(), bold, false, 0, null);
                var deleted = run.addNewDelText();
                deleted.setStringValue(text);
                deleted.setSpace(SpaceAttribute.Space.PRESERVE);
            }
            return this;
        }

        /** Marks the paragraph itself as inserted (a whole new point). */
        Line insertedParagraph() {
            sign(mark().addNewIns());
            return this;
        }

        /** Marks the paragraph itself as deleted (a whole removed point). */
        Line deletedParagraph() {
            sign(mark().addNewDel());
            return this;
        }

        private CTParaRPr mark() {
            var properties = paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
            return properties.isSetRPr() ? properties.getRPr() : properties.addNewRPr();
        }

        private static CTR format(CTR run, boolean bold, boolean italic, int halfPoints, String colour) {
            if (bold || italic || halfPoints > 0 || colour != null) {
                var properties = run.addNewRPr();
                if (bold) {
                    properties.addNewB();
                }
                if (italic) {
                    properties.addNewI();
                }
                if (colour != null) {
                    properties.addNewColor().setVal(colour);
                }
                if (halfPoints > 0) {
                    properties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
                }
            }
            return run;
        }

        /** Word drops leading and trailing spaces of a run unless told to keep them. */
        private static void text(CTR run, String text) {
            var t = run.addNewT();
            t.setStringValue(text);
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }
}
