package org.redline.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;

/**
 * Reads a draft from a web page, such as a saved news article, parsed by jsoup as a browser would. The
 * page's navigation, header, footer, asides, scripts, forms and boilerplate blocks (related links,
 * sharing, newsletters) are dropped and the article (or {@code main}) is read: an {@code <ol>} gives
 * its items the numbers the browser shows ({@code start}, {@code value}, {@code type}), numbered
 * paragraphs are read as numbered text, and lists that are mostly links are navigation, not a draft.
 */
final class HtmlDraftReader implements DraftReader {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
            + "button, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";
    private static final String BOILERPLATE = "(?i).*\\b(related|share|sharing|social|newsletter|promo|advert|ads?|comments?|"
            + "breadcrumbs?|subscribe|subscription|cookie|most-read|popular|recommended|read-more|tags|byline|author)\\b.*";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, ol, ul, dl, table, blockquote, pre, div, section, article, main, li, dd, dt, tr";

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^(\\(?\\d{1,4}[a-z]?[.):])\\s*(.*)$");

    @Override
    public DraftFormat format() {
        return DraftFormat.HTML;
    }

    @Override
    public boolean acceptsType(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    @Override
    public boolean acceptsName(String fileName) {
        return fileName.endsWith(".html") || fileName.endsWith(".htm") || fileName.endsWith(".xhtml");
    }

    @Override
    public boolean recognises(byte[] body, Supplier<String> text) {
        var start = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replaceFirst("^\\xEF\\xBB\\xBF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    @Override
    public DraftImport.Parsed read(DraftUpload upload) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(upload.body()), null, "");
        } catch (IOException e) {
            throw new DraftRejected("file", "is not a readable HTML page: " + e.getMessage());
        }
        var headline = page.selectFirst("article h1, main h1, h1");
        var title = headline != null ? headline.text() : page.title();
        page.select(DROPPED).remove();
        // a class such as "has-share-bar" on the article itself does not make the article boilerplate
        int whole = page.body() == null ? 0 : page.body().text().length();
        page.getAllElements().stream()
                .filter(e -> e != page.body() && e.parent() != null && (e.className().matches(BOILERPLATE) || e.id().matches(BOILERPLATE)))
                .filter(e -> !e.is("article, main, [role=main]") && e.select("article, main").isEmpty() && e.text().length() * 2 < whole)
                .toList().forEach(Element::remove);
        var reading = new Reading();
        reading.block(article(page));
        return new ExtractedText(reading.lines, title, List.of()).parse(format(), upload);
    }

    /** The article with the most text, else {@code main}, else the body. */
    private static Element article(Document page) {
        var articles = page.select("article, [role=main], main, [itemprop=articleBody]");
        return articles.stream().max(Comparator.comparingInt(e -> e.text().length())).orElse(page.body());
    }

    /** Whether most of a list's text is link text: a list of links is navigation, not a draft. */
    private static boolean mostlyLinks(Element list) {
        int all = list.text().length();
        int links = list.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return all > 0 && links * 10 >= all * 6;
    }

    private static final class Reading {
        final List<ExtractedText.Line> lines = new ArrayList<>();
        int block;

        void block(Element element) {
            if (element.children().stream().noneMatch(c -> c.is(BLOCKS) || c.normalName().equals("br"))) {
                var inline = new StringBuilder(text(element));
                flush(inline);
                return;
            }
            var inline = new StringBuilder();
            for (var node : element.childNodes()) {
                if (node instanceof Element child && child.is(BLOCKS)) {
                    flush(inline);
                    switch (child.normalName()) {
                        case "ol" -> list(child, true, 0);
                        case "ul" -> list(child, false, 0);
                        case "br" -> { }
                        default -> block(child);
                    }
                } else if (node instanceof Element child && child.normalName().equals("br")) {
                    flush(inline);
                } else if (node instanceof Element child) {
                    inline.append(text(child));
                } else if (node instanceof TextNode text) {
                    inline.append(text.getWholeText());
                }
            }
            flush(inline);
        }

        /** Text gathered so far is a paragraph: a line, then a blank line, as an article prints it. */
        private void flush(StringBuilder inline) {
            var text = inline.toString().replaceAll("\\s+", " ").strip();
            inline.setLength(0);
            if (!text.isEmpty()) {
                var where = "block " + ++block;
                lines.add(ExtractedText.Line.of(text, where));
                lines.add(ExtractedText.Line.blank(where));
            }
        }

        private void list(Element list, boolean ordered, int depth) {
            if (mostlyLinks(list)) {
                return;
            }
            int number = ordered ? ListLabels.number(list.attr("start"), 1) - 1 : 0;
            var type = list.attr("type");
            for (var item : list.children()) {
                if (!item.normalName().equals("li")) {
                    continue;
                }
                number = item.hasAttr("value") ? ListLabels.number(item.attr("value"), number + 1) : number + 1;
                var own = item.clone();
                own.select("ol, ul").remove();
                var text = text(own).replaceAll("\\s+", " ").strip();
                var where = "list item " + number + " (block " + ++block + ")";
                if (!text.isEmpty()) {
                    // a nested numbered list holds sub-points: lettered, so they stay inside their point
                    var label = !ordered ? "" : depth > 0 ? ListLabels.written(number, "lowerLetter") + ")"
                            : type.isEmpty() || type.equals("1") ? number + "."
                            // letters and Roman numerals read as a list numbered (a), (iv) throughout, as in pasted text
                            : "(" + ListLabels.writtenAsLetter(number, type).toLowerCase(Locale.ROOT) + ")";
                    lines.add(new ExtractedText.Line(label.isEmpty() ? text : label + " " + text, where, !ordered && depth == 0));
                }
                for (var nested : item.children()) {
                    if (nested.normalName().equals("ol") || nested.normalName().equals("ul")) {
                        list(nested, nested.normalName().equals("ol"), depth + 1);
                    }
                }
            }
            lines.add(ExtractedText.Line.blank("block " + block));
        }

        /** An element's text with its opening bold words marked {@code **...**}, as a title. */
        private static String text(Element element) {
            var first = element.selectFirst("strong, b");
            var whole = element.text();
            if (first == null || first.text().isBlank() || first.text().length() > 80) {
                return whole;
            }
            // "1. <b>Guarantees.</b> text" or "<b>3. Guarantees.</b> text": the number stays outside the title
            var before = NUMBERED.matcher(whole);
            var label = before.matches() && before.group(2).startsWith(first.text()) ? before.group(1) + " " : "";
            var bold = first.text().strip();
            var numbered = NUMBERED.matcher(bold);
            if (label.isEmpty() && numbered.matches()) {
                label = numbered.group(1) + " ";
                bold = numbered.group(2);
            }
            int titleEnd = whole.indexOf(first.text()) + first.text().length();
            var opening = whole.substring(0, whole.indexOf(first.text())).strip();
            if (!(opening.isEmpty() || (opening + " ").equals(label)) || titleEnd >= whole.length()) {
                return whole;
            }
            return label + (bold.isEmpty() ? "" : "**" + bold + "** ") + whole.substring(titleEnd).strip();
        }
    }
}
