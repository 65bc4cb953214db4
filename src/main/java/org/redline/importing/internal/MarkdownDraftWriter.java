package org.redline.importing.internal;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.redline.version.VersionView;

/**
 * Writes one version as a Markdown table in the seed's shape, which {@link MarkdownDraftReader} reads
 * back to the same points. The page is built as a commonmark tree and rendered by commonmark's own
 * Markdown renderer, so every character the parser would take for syntax ({@code * _ ` \ | < & [ ]},
 * a {@code #} closing a heading...) is escaped exactly as the parser unescapes it.
 */
public final class MarkdownDraftWriter {

    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private MarkdownDraftWriter() {
    }

    /** The points the version states (not those it carries over as unknown or removed), as a table. */
    public static String write(VersionView version) {
        var summary = version.summary();
        var document = new Document();
        var heading = new Heading();
        heading.setLevel(1);
        heading.appendChild(new Text(summary.label()));
        document.appendChild(heading);

        var facts = new BulletList();
        facts.appendChild(item("Version: " + summary.number() + (summary.ref() == null ? "" : " (" + summary.ref() + ")")));
        if (summary.draftDate() != null) {
            facts.appendChild(item("Draft date: " + summary.draftDate()));
        }
        if (summary.reportedDate() != null) {
            facts.appendChild(item("Reported: " + summary.reportedDate()));
        }
        facts.appendChild(item("Status: " + summary.status().code() + (summary.partial() ? ", partial" : "")));
        var knowledge = summary.knowledge();
        if (knowledge.reportedOnly()) {
            facts.appendChild(item("Known only from reports" + (knowledge.reportedPointCount() == null ? ""
                    : ": " + knowledge.reportedPointCount() + " points reported") + " (counted, not read; no text)"));
        }
        if (knowledge.uncertain()) {
            facts.appendChild(item("Uncertain"));
        }
        if (summary.derivedFrom() != null) {
            facts.appendChild(item("Derived from: version " + summary.derivedFrom().id()));
        }
        for (var source : summary.sources()) {
            var link = new Link(source.url(), null);
            link.appendChild(new Text(source.outlet() == null ? source.url() : source.outlet()));
            var item = item("Source: ");
            item.getFirstChild().appendChild(link);
            facts.appendChild(item);
        }
        document.appendChild(facts);

        var table = new TableBlock();
        var head = new TableHead();
        head.appendChild(row(true, "Point", "Category", "Text", "Status"));
        table.appendChild(head);
        var body = new TableBody();
        for (var point : version.points()) {
            if (point.listed()) {
                body.appendChild(row(false, point.number(), point.category(), point.text(), point.status().code()));
            }
        }
        table.appendChild(body);
        document.appendChild(table);
        return RENDERER.render(document);
    }

    private static ListItem item(String text) {
        var paragraph = new Paragraph();
        paragraph.appendChild(new Text(text));
        var item = new ListItem();
        item.appendChild(paragraph);
        return item;
    }

    private static TableRow row(boolean header, String... values) {
        var row = new TableRow();
        for (var value : values) {
            var cell = new TableCell();
            cell.setHeader(header);
            if (value != null && value.endsWith("\\")) {
                // GFM splits a row on every pipe not right after a backslash, even an escaped backslash, so
                // a cell ending in one would swallow the next pipe: that last backslash goes as an entity.
                cell.appendChild(new Text(value.substring(0, value.length() - 1)));
                cell.appendChild(new HtmlInline());
                ((HtmlInline) cell.getLastChild()).setLiteral("&#92;");
            } else if (value != null) {
                cell.appendChild(new Text(value));
            }
            row.appendChild(cell);
        }
        return row;
    }
}
