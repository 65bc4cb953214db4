package org.redline.importing.files;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the import's test files from the drafts' JSON, with the tools editors' files come from:
 * Word files by Apache POI with real automatic numbering (one with tracked changes), and saved
 * news-article pages, one per draft, from which make-files.sh prints the PDF (headless Chromium) and
 * converts the OpenDocument file (LibreOffice). Run by {@code src/test/resources/import/make-files.sh}.
 */
public final class DraftFiles {

    private DraftFiles() {
    }

    /** A point as the drafts give it. */
    record Point(String number, String category, String text, String status) {
        static Point of(JsonNode node) {
            return new Point(node.hasNonNull("number") ? node.get("number").asString() : null,
                    node.hasNonNull("category") ? node.get("category").asString() : null,
                    node.hasNonNull("text") ? node.get("text").asString() : null,
                    node.hasNonNull("status") ? node.get("status").asString() : null);
        }

        /** The text as an article prints it: a removed or bracketed point says so first. */
        String printed() {
            var marker = status == null || status.equals("agreed") ? "" : "[" + status + "]";
            return text == null ? marker : (marker + " " + text).strip();
        }
    }

    record Draft(String id, String label, String date, List<Point> points) {
        static Draft read(Path file) throws IOException {
            var root = JsonMapper.shared().readTree(Files.readAllBytes(file));
            var points = new ArrayList<Point>();
            root.get("points").forEach(p -> points.add(Point.of(p)));
            return new Draft(root.get("id").asString(), root.get("label").asString(), root.get("draftDate").asString(), points);
        }
    }

    public static void main(String[] args) throws IOException {
        var drafts = Path.of(args.length > 0 ? args[0] : "src/test/resources/import/drafts");
        var out = Path.of(args.length > 1 ? args[1] : "src/test/resources/import");
        Files.createDirectories(out.resolve("html"));
        Files.createDirectories(out.resolve("docx"));
        Files.createDirectories(out.resolve("print"));
        try (var files = Files.list(drafts)) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                var draft = Draft.read(file);
                Files.writeString(out.resolve("html").resolve(draft.id() + ".html"), Articles.page(draft));
            }
        }
        var framework = Draft.read(drafts.resolve("ua-us-20pt-2025-12-23.json"));
        Files.writeString(out.resolve("print").resolve(framework.id() + ".html"), Articles.print(framework));
        try (var stream = Files.newOutputStream(out.resolve("docx").resolve(framework.id() + ".docx"))) {
            word(framework, false, stream);
        }
        try (var stream = Files.newOutputStream(out.resolve("docx").resolve(framework.id() + "-tracked.docx"))) {
            word(framework, true, stream);
        }
    }

    /**
     * The framework as a Word file: a title, an introduction, the points as an automatically numbered
     * list (decimal "1.", its second level lettered "a)"), each opening with its bold category, a closing
     * paragraph, and a running header and footer. With {@code tracked}, some wording is a tracked
     * replacement or deletion whose accepted text is the draft's.
     */
    static void word(Draft draft, boolean tracked, OutputStream out) throws IOException {
        try (var document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle(draft.label());
            var policy = new XWPFHeaderFooterPolicy(document);
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("DRAFT - not for circulation");
            policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("Confidential - page");
            var title = document.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(draft.label());
            document.createParagraph().createRun().setText("The following points were agreed at working level on " + draft.date()
                    + ". Open questions remain on two of them.");
            var numId = numbering(document);
            for (var point : draft.points()) {
                var paragraph = document.createParagraph();
                paragraph.setNumID(numId);
                paragraph.setNumILvl(BigInteger.ZERO);
                var category = paragraph.createRun();
                category.setBold(true);
                category.setText(point.category() + ".");
                var text = point.printed();
                if (tracked && point.number().equals("4") && text.contains("800,000")) {
                    int at = text.indexOf("800,000");
                    paragraph.createRun().setText(" " + text.substring(0, at));
                    change(paragraph.getCTP(), true, "600,000", 1);
                    change(paragraph.getCTP(), false, "800,000", 2);
                    var after = paragraph.getCTP().addNewR().addNewT();
                    after.setStringValue(text.substring(at + 7));
                    after.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE); // as Word writes a leading space
                } else if (tracked && point.number().equals("18")) {
                    paragraph.createRun().setText(" " + text);
                    change(paragraph.getCTP(), true, " Elections within 100 days of signing.", 3);
                } else {
                    paragraph.createRun().setText(" " + text);
                }
            }
            document.createParagraph().createRun().setText("The text is to be put to the parties before the end of the year.");
            document.write(out);
        }
    }

    /** A tracked deletion (the text as w:delText in w:del) or insertion (w:t in w:ins). */
    private static void change(CTP paragraph, boolean deletion, String text, int id) {
        CTRunTrackChange change = deletion ? paragraph.addNewDel() : paragraph.addNewIns();
        change.setId(BigInteger.valueOf(id));
        change.setAuthor("Negotiator");
        change.setDate(Calendar.getInstance());
        var run = change.addNewR();
        if (deletion) {
            run.addNewDelText().setStringValue(text);
        } else {
            run.addNewT().setStringValue(text);
        }
    }

    /** An abstract numbering definition, decimal then lettered, and a list using it. */
    private static BigInteger numbering(XWPFDocument document) {
        var definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        var first = definition.addNewLvl();
        first.setIlvl(BigInteger.ZERO);
        first.addNewStart().setVal(BigInteger.ONE);
        first.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        first.addNewLvlText().setVal("%1.");
        var second = definition.addNewLvl();
        second.setIlvl(BigInteger.ONE);
        second.addNewStart().setVal(BigInteger.ONE);
        second.addNewNumFmt().setVal(STNumberFormat.LOWER_LETTER);
        second.addNewLvlText().setVal("%2)");
        var numbering = document.createNumbering();
        var abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }
}
