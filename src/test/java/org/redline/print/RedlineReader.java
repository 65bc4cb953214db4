package org.redline.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;

/** Reads a Word file back with POI: its tracked changes in reading order, and its plain text. */
final class RedlineReader {

    /** One tracked change: {@code inserted} or {@code deleted} runs, or a paragraph mark ({@code paragraph-...}). */
    record Change(String kind, String text, String author, Calendar date) {
    }

    private RedlineReader() {
    }

    static List<Change> changes(byte[] docx) {
        var changes = new ArrayList<Change>();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (var paragraph : document.getParagraphs()) {
                var ctp = paragraph.getCTP();
                if (ctp.isSetPPr() && ctp.getPPr().isSetRPr()) {
                    var mark = ctp.getPPr().getRPr();
                    if (mark.isSetIns()) {
                        changes.add(mark("paragraph-inserted", mark.getIns()));
                    }
                    if (mark.isSetDel()) {
                        changes.add(mark("paragraph-deleted", mark.getDel()));
                    }
                }
                try (XmlCursor cursor = ctp.newCursor()) {
                    for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                        if (cursor.getObject() instanceof CTRunTrackChange change) {
                            var inserted = cursor.getName().getLocalPart().equals("ins");
                            var text = new StringBuilder();
                            for (var run : change.getRList()) {
                                (inserted ? run.getTList() : run.getDelTextList()).forEach(t -> text.append(t.getStringValue()));
                            }
                            changes.add(new Change(inserted ? "inserted" : "deleted", text.toString(), change.getAuthor(),
                                    change.getDate()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changes;
    }

    /**
     * Every body paragraph's text as it reads with all changes accepted (plain and inserted runs) or all
     * rejected (plain and deleted runs), walking the paragraph's children in document order.
     */
    static List<String> paragraphs(byte[] docx, boolean accepted) {
        var paragraphs = new ArrayList<String>();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (var paragraph : document.getParagraphs()) {
                var text = new StringBuilder();
                try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
                    for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                        if (cursor.getObject() instanceof CTR run) {
                            run.getTList().forEach(t -> text.append(t.getStringValue()));
                        } else if (cursor.getObject() instanceof CTRunTrackChange change) {
                            var inserted = cursor.getName().getLocalPart().equals("ins");
                            if (inserted == accepted) {
                                for (var run : change.getRList()) {
                                    (inserted ? run.getTList() : run.getDelTextList()).forEach(t -> text.append(t.getStringValue()));
                                }
                            }
                        }
                    }
                }
                paragraphs.add(text.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paragraphs;
    }

    /** The visible text of every paragraph and table, as Word shows it with changes shown (deleted text left out). */
    static String text(byte[] docx) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Change mark(String kind, CTTrackChange change) {
        return new Change(kind, "", change.getAuthor(), change.getDate());
    }
}
