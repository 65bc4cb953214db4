package org.redline.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.DraftRejected;
import org.redline.version.ExpectedLatest;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.Recorder;
import org.redline.version.Source;
import org.redline.version.VersionStatus;
import org.redline.version.VersionView;
import org.redline.version.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exchange feature's one entry: data out (matrix, Markdown, whole history) and history back in. */
@Service
public class Exchange {

    private final Documents documents;
    private final Versions versions;

    Exchange(Documents documents, Versions versions) {
        this.documents = documents;
        this.versions = versions;
    }

    /**
     * Every key against every version, in the order keys first appear, oldest version first. Each
     * version's points are indexed by key once, so the matrix costs keys x versions, not that times points.
     */
    public List<MatrixRow> matrix(String document) {
        var rows = new ArrayList<MatrixRow>();
        matrix(document, versions.allWithPoints(document), rows::add);
        return rows;
    }

    private static void matrix(String document, List<VersionView> all, java.util.function.Consumer<MatrixRow> sink) {
        var keys = new LinkedHashMap<String, String>();
        all.forEach(v -> v.points().forEach(p -> keys.putIfAbsent(p.key(), p.category())));
        var byKey = all.stream().map(v -> {
            var index = new java.util.HashMap<String, PointView>();
            v.points().forEach(p -> index.put(p.key(), p));
            return index;
        }).toList();
        for (var key : keys.keySet()) {
            for (int i = 0; i < all.size(); i++) {
                var summary = all.get(i).summary();
                var point = byKey.get(i).get(key);
                sink.accept(new MatrixRow(document, key, summary.number(), summary.ref(), summary.draftDate(),
                        summary.reportedDate(), summary.status().code(), summary.partial(),
                        point == null ? null : point.number(), point == null ? keys.get(key) : point.category(),
                        point == null ? "absent" : point.status().code(), point == null ? null : point.text()));
            }
        }
    }

    /**
     * The matrix as RFC 4180 CSV with a header row, ready for pandas or R, written row by row. Cells a
     * spreadsheet would run as a formula are neutralised ({@link MatrixRow#csvCells}).
     */
    public void matrixCsv(String document, Writer out) {
        var all = versions.allWithPoints(document); // an unknown document fails before anything is written
        try (var printer = CSVFormat.RFC4180.builder().setHeader(MatrixRow.HEADER).get().print(out)) {
            matrix(document, all, row -> {
                try {
                    printer.printRecord(row.csvCells());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One version as a Markdown table in the seed's shape, readable and importable again. */
    public String markdown(String document, String versionId) {
        var version = versions.get(document, versionId);
        var summary = version.summary();
        var out = new StringBuilder();
        out.append("# ").append(inline(summary.label())).append("\n\n");
        out.append("- Version: ").append(summary.number()).append(summary.ref() == null ? "" : " (" + summary.ref() + ")").append('\n');
        if (summary.draftDate() != null) {
            out.append("- Draft date: ").append(summary.draftDate()).append('\n');
        }
        if (summary.reportedDate() != null) {
            out.append("- Reported: ").append(summary.reportedDate()).append('\n');
        }
        out.append("- Status: ").append(summary.status().code()).append(summary.partial() ? ", partial" : "").append('\n');
        if (summary.derivedFrom() != null) {
            out.append("- Derived from: version ").append(summary.derivedFrom().id()).append('\n');
        }
        for (var source : summary.sources()) {
            out.append("- Source: [").append(inline(source.outlet() == null ? source.url() : source.outlet()))
                    .append("](<").append(source.url()).append(">)\n");
        }
        out.append("\n| Point | Category | Text | Status |\n|---|---|---|---|\n");
        for (var point : version.points()) {
            out.append("| ").append(cell(point.number())).append(" | ").append(cell(point.category())).append(" | ")
                    .append(cell(point.text())).append(" | ").append(point.status().code()).append(" |\n");
        }
        return out.toString();
    }

    public HistoryFile export(String document) {
        var doc = documents.get(document);
        var entries = new ArrayList<HistoryFile.VersionEntry>();
        for (var version : versions.allWithPoints(document)) {
            var s = version.summary();
            entries.add(new HistoryFile.VersionEntry(s.number(), s.ref(), s.label(), s.draftDate(), s.reportedDate(),
                    s.status().code(), s.partial(), s.derivedFrom() == null ? null : s.derivedFrom().number(),
                    s.sources().stream().map(src -> new HistoryFile.SourceEntry(src.outlet(), src.url())).toList(),
                    s.note(), s.recordedBy(), s.recordedAt(), statedPoints(version)));
        }
        return new HistoryFile(HistoryFile.FORMAT, new HistoryFile.DocumentEntry(doc.slug(), doc.title(), doc.description()),
                entries);
    }

    /**
     * Recreates an exported document in this instance, all or nothing: the document must not exist yet;
     * versions keep their numbers, keys, recorders and times, so timelines and diffs come out identical.
     */
    @Transactional
    public String importHistory(HistoryFile file) {
        if (!HistoryFile.FORMAT.equals(file.format())) {
            throw new DraftRejected("format", "expected \"" + HistoryFile.FORMAT + "\"");
        }
        if (file.document() == null) {
            throw new DraftRejected("document", "is required");
        }
        var slug = documents.create(new NewDocument(file.document().slug(), file.document().title(),
                file.document().description())).slug();
        var entries = file.versions() == null ? List.<HistoryFile.VersionEntry>of() : file.versions();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var where = "versions[" + i + "]";
            if (entry.number() != i + 1) {
                throw new DraftRejected(where + ".number", "versions must be numbered 1, 2, 3... in order; expected " + (i + 1));
            }
            try {
                versions.record(slug, draft(entry), ExpectedLatest.of(i), new Recorder(entry.recordedBy(), entry.recordedAt()));
            } catch (DraftRejected e) {
                throw e.inside(where);
            } catch (IllegalArgumentException e) {
                throw new DraftRejected(where, e.getMessage());
            }
        }
        return slug;
    }

    private static Draft draft(HistoryFile.VersionEntry entry) {
        var points = new ArrayList<DraftPoint>();
        var list = entry.points() == null ? List.<HistoryFile.PointEntry>of() : entry.points();
        for (int i = 0; i < list.size(); i++) {
            var p = list.get(i);
            try {
                if (p.key() == null) {
                    throw new DraftRejected("key", "every exported point has a key");
                }
                points.add(new DraftPoint(p.key(), p.number(), p.category(), p.text(),
                        p.status() == null ? null : PointStatus.parseDraftStatus(p.status()), p.sourceRefs(), p.note()));
            } catch (DraftRejected e) {
                throw e.inside("points[" + i + "]");
            } catch (IllegalArgumentException e) {
                throw new DraftRejected("points[" + i + "].status", e.getMessage());
            }
        }
        var sources = entry.sources() == null ? List.<Source>of()
                : entry.sources().stream().map(s -> new Source(s.outlet(), s.url())).toList();
        return new Draft(entry.ref(), entry.label(), entry.draftDate(), entry.reportedDate(),
                entry.status() == null ? null : VersionStatus.parse(entry.status()), entry.partial(),
                entry.derivedFrom() == null ? null : entry.derivedFrom().toString(), sources, entry.note(), points);
    }

    private static List<HistoryFile.PointEntry> statedPoints(VersionView version) {
        return version.points().stream().filter(PointView::listed)
                .map(p -> new HistoryFile.PointEntry(p.key(), p.number(), p.category(), p.text(), p.status().code(),
                        p.sourceRefs(), p.note()))
                .toList();
    }

    private static String cell(String value) {
        return value == null ? "" : inline(value).replace("|", "\\|");
    }

    private static String inline(String value) {
        return value.replace('\n', ' ').replace('\r', ' ');
    }
}
