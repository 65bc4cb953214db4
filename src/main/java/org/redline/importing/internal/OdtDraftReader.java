package org.redline.importing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;

/**
 * Reads an OpenDocument text (.odt): a zip whose {@code content.xml} holds the paragraphs and lists,
 * parsed with jsoup's XML parser (no DTDs or entities are resolved). List numbers are computed from the
 * list styles as LibreOffice shows them ({@link OdfListStyles}); tracked changes are read as accepted,
 * since the body already holds inserted text and deleted text sits apart in {@code text:tracked-changes}.
 */
final class OdtDraftReader implements DraftReader {

    private static final int MAX_XML_BYTES = 64 * 1024 * 1024;

    @Override
    public DraftFormat format() {
        return DraftFormat.ODT;
    }

    @Override
    public boolean acceptsType(String mediaType) {
        return mediaType.equals(DraftFormat.ODT.mediaType());
    }

    @Override
    public boolean acceptsName(String fileName) {
        return fileName.endsWith(".odt");
    }

    @Override
    public boolean recognises(byte[] body, Supplier<String> text) {
        return Zips.isZip(body) && Zips.names(body, DraftFormat.ODT.mediaType());
    }

    @Override
    public DraftImport.Parsed read(DraftUpload upload) {
        Document content;
        Document styles;
        Document meta;
        try {
            content = xml(Zips.entry(upload.body(), "content.xml", MAX_XML_BYTES));
            styles = xml(Zips.entry(upload.body(), "styles.xml", MAX_XML_BYTES));
            meta = xml(Zips.entry(upload.body(), "meta.xml", MAX_XML_BYTES));
        } catch (IOException e) {
            throw new DraftRejected("file", "is not a readable OpenDocument (.odt) file: " + e.getMessage());
        }
        var body = content == null ? null : content.selectFirst("office|text");
        if (body == null) {
            throw new DraftRejected("file", "is not an OpenDocument text: it has no content.xml with an office:text body"
                    + (Zips.names(upload.body(), "encryption-data") ? " (it is password-protected: save it without a password)" : ""));
        }
        var reading = new Reading(new OdfListStyles(content, styles), boldStyles(content, styles));
        reading.blocks(body, 0, null);
        var changes = body.select("text|tracked-changes > text|changed-region").size();
        var notes = changes == 0 ? List.<String>of()
                : List.of("The file had tracked changes (" + changes + " change(s)); it was read as if they were all accepted.");
        var title = meta == null ? null : meta.selectFirst("dc|title");
        var heading = body.selectFirst("text|h");
        return new ExtractedText(reading.lines, title != null ? title.text() : heading == null ? null : heading.text(), notes)
                .parse(format(), upload);
    }

    private static Document xml(byte[] bytes) {
        return bytes == null ? null : Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /** Automatic and named text styles that set bold type, so a bold opening run reads as a title. */
    private static Set<String> boldStyles(Document... documents) {
        var bold = new HashSet<String>();
        for (var document : documents) {
            if (document == null) {
                continue;
            }
            for (var style : document.select("style|style")) {
                var properties = style.selectFirst("style|text-properties");
                if (properties != null && properties.attr("fo:font-weight").equals("bold")) {
                    bold.add(style.attr("style:name"));
                }
            }
        }
        return bold;
    }

    /** Walks the body in order, numbering list items and noting each paragraph's place. */
    private static final class Reading {
        final OdfListStyles lists;
        final Set<String> bold;
        final List<ExtractedText.Line> lines = new ArrayList<>();
        final Map<String, int[]> counters = new HashMap<>();
        int paragraph;

        Reading(OdfListStyles lists, Set<String> bold) {
            this.lists = lists;
            this.bold = bold;
        }

        void blocks(Element parent, int level, String listStyle) {
            for (var child : parent.children()) {
                switch (child.tagName()) {
                    case "text:p", "text:h" -> paragraph(child, null);
                    case "text:list" -> list(child, level, listStyle);
                    case "text:tracked-changes", "text:sequence-decls", "office:forms", "text:table-of-content" -> { }
                    default -> blocks(child, level, listStyle);
                }
            }
        }

        private void list(Element list, int level, String outerStyle) {
            var style = list.hasAttr("text:style-name") ? list.attr("text:style-name") : outerStyle;
            var key = style == null ? "" : style;
            if (level == 0 && !list.attr("text:continue-numbering").equals("true") && !list.hasAttr("text:continue-list")) {
                counters.remove(key);
            }
            var count = counters.computeIfAbsent(key, k -> new int[10]);
            for (var item : list.children()) {
                if (!item.tagName().equals("text:list-item") && !item.tagName().equals("text:list-header")) {
                    continue;
                }
                String label = null;
                if (item.tagName().equals("text:list-item")) {
                    label = lists.next(style, level, count, item.attr("text:start-value"));
                }
                for (var child : item.children()) {
                    if (child.tagName().equals("text:list")) {
                        list(child, level + 1, style);
                    } else if (child.tagName().equals("text:p") || child.tagName().equals("text:h")) {
                        paragraph(child, label);
                        label = null;
                    } else {
                        blocks(child, level + 1, style);
                    }
                }
            }
        }

        private void paragraph(Element element, String label) {
            var where = "paragraph " + ++paragraph;
            var boldText = new StringBuilder();
            var rest = new StringBuilder();
            inline(element, boldText, rest, false);
            var title = boldText.toString().strip();
            var body = rest.toString().strip();
            var text = title.isEmpty() || body.isEmpty() || title.length() > 80 ? (boldText + rest.toString()).strip() : "**" + title + "** " + body;
            if (text.isBlank()) {
                lines.add(ExtractedText.Line.blank(where));
                return;
            }
            lines.add(new ExtractedText.Line(label == null || label.isEmpty() ? text : label + " " + text, where, "".equals(label)));
            lines.add(ExtractedText.Line.blank(where));
        }

        private void inline(Element element, StringBuilder boldText, StringBuilder rest, boolean inBold) {
            for (var node : element.childNodes()) {
                var into = inBold && rest.toString().isBlank() ? boldText : rest;
                if (node instanceof TextNode text) {
                    into.append(text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element child) {
                    switch (child.tagName()) {
                        case "text:s" -> into.append(" ".repeat(Math.max(1, Math.min(100, ListLabels.number(child.attr("text:c"), 1)))));
                        case "text:tab", "text:line-break" -> into.append(' ');
                        case "text:note", "office:annotation", "office:annotation-end", "text:tracked-changes" -> { }
                        default -> inline(child, boldText, rest, inBold || bold.contains(child.attr("text:style-name")));
                    }
                }
            }
        }
    }
}
