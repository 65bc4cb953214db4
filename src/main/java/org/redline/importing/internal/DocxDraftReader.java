package org.redline.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Word (.docx) draft with Apache POI. Word's automatic numbering becomes the point numbers
 * ({@link WordNumbering} computes what Word shows); a bold run opening a paragraph is the point's
 * title. Tracked changes are read as accepted: inserted text kept, deleted and moved-away text
 * skipped, and the preview says the file had revisions. Headers, footers and comments are not the draft.
 */
final class DocxDraftReader implements DraftReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @Override
    public DraftFormat format() {
        return DraftFormat.DOCX;
    }

    @Override
    public boolean acceptsType(String mediaType) {
        return mediaType.equals(DraftFormat.DOCX.mediaType());
    }

    @Override
    public boolean acceptsName(String fileName) {
        return fileName.endsWith(".docx");
    }

    @Override
    public boolean recognises(byte[] body, Supplier<String> text) {
        return Zips.isZip(body) && Zips.names(body, "word/document.xml");
    }

    @Override
    public DraftImport.Parsed read(DraftUpload upload) {
        try (var document = new XWPFDocument(new ByteArrayInputStream(upload.body()))) {
            return extract(document).parse(format(), upload);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DraftRejected("file", "is an old Word (.doc) file or a password-protected one; save it as .docx without a password");
        } catch (IOException | POIXMLException
                 | org.apache.poi.UnsupportedFileFormatException | IllegalStateException e) {
            throw new DraftRejected("file", "is not a readable Word (.docx) file: " + e.getMessage());
        }
    }

    private static ExtractedText extract(XWPFDocument document) {
        var numbering = new WordNumbering(document);
        var revisions = new Revisions();
        var lines = new ArrayList<ExtractedText.Line>();
        var paragraphs = new ArrayList<XWPFParagraph>();
        for (var element : document.getBodyElements()) {
            paragraphs(element, paragraphs);
        }
        String heading = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            var paragraph = paragraphs.get(i);
            var where = "paragraph " + (i + 1);
            var text = text(paragraph.getCTP().getDomNode(), revisions);
            var label = numbering.label(paragraph);
            if (text.isBlank()) {
                lines.add(ExtractedText.Line.blank(where));
                continue;
            }
            if (heading == null && label == null && isTitle(paragraph)) {
                heading = text.replace("**", "");
            }
            lines.add(new ExtractedText.Line(label == null || label.isEmpty() ? text : label + " " + text, where, "".equals(label)));
            // a paragraph is a block: a blank line after it, so text after the last point is not part of it
            lines.add(ExtractedText.Line.blank(where));
        }
        var notes = new ArrayList<String>();
        if (revisions.any()) {
            notes.add("The file had tracked changes (" + revisions + "); it was read as if they were all accepted.");
        }
        var properties = document.getProperties().getCoreProperties().getTitle();
        return new ExtractedText(lines, properties != null && !properties.isBlank() ? properties : heading, notes);
    }

    private static void paragraphs(IBodyElement element, List<XWPFParagraph> into) {
        if (element instanceof XWPFParagraph paragraph) {
            into.add(paragraph);
        } else if (element instanceof XWPFTable table) {
            table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getBodyElements().forEach(e -> paragraphs(e, into))));
        }
    }

    private static boolean isTitle(XWPFParagraph paragraph) {
        var style = paragraph.getStyle();
        return style != null && (style.equalsIgnoreCase("Title") || style.equalsIgnoreCase("Heading1"));
    }

    /** Tracked changes seen while reading. */
    private static final class Revisions {
        int insertions;
        int deletions;
        int formatting;

        boolean any() {
            return insertions + deletions + formatting > 0;
        }

        @Override
        public String toString() {
            return insertions + " insertion(s), " + deletions + " deletion(s)" + (formatting > 0 ? ", " + formatting + " formatting change(s)" : "");
        }
    }

    /**
     * A paragraph's accepted text, its opening bold words marked {@code **...**} (a title, as in
     * Markdown). Read from the XML, so inserted runs ({@code w:ins}) count and deleted ones
     * ({@code w:del}, whose text is {@code w:delText}) and moved-away ones ({@code w:moveFrom}) do not.
     */
    private static String text(Node paragraph, Revisions revisions) {
        var bold = new StringBuilder();
        var rest = new StringBuilder();
        walk(paragraph, revisions, bold, rest);
        var title = bold.toString().strip();
        var body = rest.toString().strip();
        if (title.isEmpty() || body.isEmpty() || title.length() > 80) {
            return (bold + rest.toString()).strip();
        }
        return "**" + title + "** " + body;
    }

    private static void walk(Node node, Revisions revisions, StringBuilder bold, StringBuilder rest) {
        for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "pPr", "rPr", "instrText", "delText", "commentReference", "footnoteReference" -> { }
                case "del", "moveFrom" -> revisions.deletions++;
                case "ins", "moveTo" -> {
                    revisions.insertions++;
                    walk(element, revisions, bold, rest);
                }
                case "r" -> run(element, revisions, rest.length() == 0 && isBold(element) ? bold : rest);
                default -> walk(element, revisions, bold, rest);
            }
        }
    }

    private static void run(Element run, Revisions revisions, StringBuilder into) {
        for (var child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element) || !W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                // without xml:space="preserve", Word drops a text's leading and trailing spaces
                case "t" -> into.append("preserve".equals(element.getAttributeNS(XML, "space")) ? textOf(element) : textOf(element).strip());
                case "tab", "br", "cr" -> into.append(' ');
                case "noBreakHyphen" -> into.append('-');
                case "rPr" -> {
                    if (child(element, "rPrChange") != null) {
                        revisions.formatting++;
                    }
                }
                default -> { }
            }
        }
    }

    /** Text children read one by one: XMLBeans' DOM has no getTextContent. */
    private static String textOf(Element element) {
        var text = new StringBuilder();
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    private static boolean isBold(Element run) {
        var properties = child(run, "rPr");
        var bold = properties == null ? null : child(properties, "b");
        if (bold == null) {
            return false;
        }
        var value = bold.getAttributeNS(W, "val");
        return value.isEmpty() || value.equals("true") || value.equals("1") || value.equals("on");
    }

    private static Element child(Element parent, String localName) {
        for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && W.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
