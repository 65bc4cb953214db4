package org.redline.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.redline.importing.DraftImport;
import org.redline.version.DraftPoint;
import org.redline.version.DraftRejected;
import org.redline.version.PointStatus;

/**
 * Reads a draft from a Markdown table such as the seed's ({@code | Point | Category | Summary |}),
 * parsed by commonmark-java with its GFM tables extension, so alignment rows, escaped pipes, inline
 * formatting and the text around the table are read as GitHub reads them. The first table with a text
 * column is the draft; its columns are found by their header names. Without such a table, a numbered
 * list in the Markdown is read by {@link TextDraftReader}. commonmark's types stay in this class.
 */
final class MarkdownDraftReader implements DraftReader {

    enum Column { NUMBER, CATEGORY, TEXT, STATUS, KEY, NOTE }

    /** Header names, lowercased without punctuation, for each column. */
    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("point", Column.NUMBER), Map.entry("no", Column.NUMBER), Map.entry("nr", Column.NUMBER),
            Map.entry("#", Column.NUMBER), Map.entry("number", Column.NUMBER), Map.entry("num", Column.NUMBER),
            Map.entry("item", Column.NUMBER), Map.entry("article", Column.NUMBER), Map.entry("point no", Column.NUMBER),
            Map.entry("category", Column.CATEGORY), Map.entry("title", Column.CATEGORY), Map.entry("topic", Column.CATEGORY),
            Map.entry("heading", Column.CATEGORY), Map.entry("subject", Column.CATEGORY), Map.entry("theme", Column.CATEGORY),
            Map.entry("area", Column.CATEGORY), Map.entry("issue", Column.CATEGORY),
            Map.entry("text", Column.TEXT), Map.entry("summary", Column.TEXT), Map.entry("provision", Column.TEXT),
            Map.entry("provisions", Column.TEXT), Map.entry("description", Column.TEXT), Map.entry("content", Column.TEXT),
            Map.entry("details", Column.TEXT), Map.entry("wording", Column.TEXT), Map.entry("terms", Column.TEXT),
            Map.entry("point text", Column.TEXT),
            Map.entry("status", Column.STATUS), Map.entry("key", Column.KEY),
            Map.entry("note", Column.NOTE), Map.entry("notes", Column.NOTE), Map.entry("comment", Column.NOTE));

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    @Override
    public DraftFormat format() {
        return DraftFormat.MARKDOWN;
    }

    @Override
    public boolean acceptsType(String mediaType) {
        return mediaType.equals("text/markdown") || mediaType.equals("text/x-markdown");
    }

    @Override
    public boolean acceptsName(String fileName) {
        return fileName.endsWith(".md") || fileName.endsWith(".markdown");
    }

    @Override
    public boolean recognises(byte[] body, java.util.function.Supplier<String> text) {
        return hasDraftTable(FrontMatter.of(text.get()).body());
    }

    @Override
    public DraftImport.Parsed read(DraftUpload upload) {
        return TextDrafts.parse(format(), TextDrafts.decode(upload.body()), upload, MarkdownDraftReader::read);
    }

    /** @param firstLine the number of the text's first line in what the editor sent (after front matter) */
    static List<ParsedPoint> read(String markdown, int firstLine) {
        var table = draftTable(PARSER.parse(markdown));
        if (table.isEmpty()) {
            if (TextDraftReader.looksNumbered(markdown)) {
                return TextDraftReader.read(markdown, firstLine);
            }
            throw new DraftRejected("line " + firstLine, "no table with a text column (Text, Summary or Provision) "
                    + "and no numbered list found; expected a header row such as '| Point | Category | Summary |'");
        }
        return rows(table.get(), firstLine);
    }

    /** Whether the Markdown holds a table the reader can take a draft from. */
    static boolean hasDraftTable(String markdown) {
        return draftTable(PARSER.parse(markdown)).isPresent();
    }

    private record Table(TableBlock block, List<Column> columns) {
    }

    private static Optional<Table> draftTable(Node document) {
        var found = new ArrayList<Table>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table && found.isEmpty()) {
                    var columns = columns(table);
                    if (columns.contains(Column.TEXT)) {
                        found.add(new Table(table, columns));
                    }
                }
            }
        });
        return found.stream().findFirst();
    }

    private static List<Column> columns(TableBlock table) {
        var columns = new ArrayList<Column>();
        for (var head = table.getFirstChild(); head != null; head = head.getNext()) {
            if (head instanceof TableHead) {
                for (var cell : cells(head.getFirstChild())) {
                    var name = text(cell).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}# ]+", "").strip();
                    var column = HEADERS.get(name);
                    columns.add(column != null && !columns.contains(column) ? column : null);
                }
            }
        }
        return columns;
    }

    private static List<ParsedPoint> rows(Table table, int firstLine) {
        var points = new ArrayList<ParsedPoint>();
        for (var section = table.block().getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (var row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                int line = firstLine + (row.getSourceSpans().isEmpty() ? 0 : row.getSourceSpans().get(0).getLineIndex());
                var values = new String[Column.values().length];
                var cells = cells(row);
                int filled = 0;
                for (int c = 0; c < cells.size() && c < table.columns().size(); c++) {
                    var column = table.columns().get(c);
                    var value = text(cells.get(c));
                    if (!value.isEmpty()) {
                        filled++;
                    }
                    if (column != null && !value.isEmpty()) {
                        values[column.ordinal()] = value;
                    }
                }
                if (filled == 0) {
                    continue;
                }
                if (filled == 1 && !cells.isEmpty() && !text(cells.get(0)).isEmpty() && !looksLikeNumber(text(cells.get(0)))) {
                    // GFM runs a table on over the next lines without pipes: that is text after the table
                    break;
                }
                points.add(point(values, line));
            }
        }
        if (points.isEmpty()) {
            throw new DraftRejected("line " + firstLine, "the table has a header but no rows; expected one row per point");
        }
        return points;
    }

    private static ParsedPoint point(String[] values, int line) {
        var number = values[Column.NUMBER.ordinal()];
        if (number != null) {
            number = number(number);
            if (number == null) {
                throw new DraftRejected("line " + line, "expected a point number such as 6 or 12a in the first column, got '"
                        + values[Column.NUMBER.ordinal()] + "'");
            }
        }
        var statusText = values[Column.STATUS.ordinal()];
        PointStatus status = null;
        if (statusText != null) {
            try {
                status = PointStatus.parseDraftStatus(statusText.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DraftRejected("line " + line + " (status)", e.getMessage());
            }
        }
        var key = values[Column.KEY.ordinal()];
        return new ParsedPoint(line, number, values[Column.CATEGORY.ordinal()], values[Column.TEXT.ordinal()], status,
                key, values[Column.NOTE.ordinal()]);
    }

    /**
     * The cell's point number as printed, without a leading {@code #} or a trailing {@code .}, {@code :}
     * or unmatched {@code )}; null when it is not one. Beside plain numbers ({@code 6}, {@code 12a},
     * {@code 3.1}) it takes the structured ones a draft may carry ({@code A.5.1}, {@code 12(3)(a)},
     * {@code (iv)}), so a table Redline wrote reads back whole; a bare word ({@code x1}) is still refused.
     */
    private static String number(String cell) {
        var number = cell.replaceAll("^#|[.:]$", "").strip();
        if (number.endsWith(")") && count(number, '(') < count(number, ')')) {
            number = number.substring(0, number.length() - 1).strip();
        }
        boolean structured = number.contains(".") || number.contains("(") || number.contains("-");
        return looksLikeNumber(number) || (structured && DraftPoint.validNumber(number)) ? number : null;
    }

    private static long count(String value, char c) {
        return value.chars().filter(x -> x == c).count();
    }

    private static boolean looksLikeNumber(String value) {
        return value.replaceAll("^#|[.:)]$", "").strip().matches("[0-9]{1,4}[a-z]?([.-][0-9a-z]+)*");
    }

    private static List<Node> cells(Node row) {
        var cells = new ArrayList<Node>();
        for (var cell = row == null ? null : row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** A cell's text as a reader sees it: inline formatting dropped, link texts kept, code as written. */
    private static String text(Node cell) {
        var text = new StringBuilder();
        cell.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlInline node) {
                text.append(node.getLiteral().matches("(?i)<br\\s*/?>") ? " " : node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }
        });
        return text.toString().strip();
    }
}
