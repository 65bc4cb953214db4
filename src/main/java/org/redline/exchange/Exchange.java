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
import org.redline.version.Provenance;
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

    /** Every key against every version, in the order keys first appear, oldest version first. */
    public List<MatrixRow> matrix(String document) {
        var all = versions.allWithPoints(document);
        var keys = new LinkedHashMap<String, String>();
        all.forEach(v -> v.points().forEach(p -> keys.putIfAbsent(p.key(), p.category())));
        var rows = new ArrayList<MatrixRow>(keys.size() * all.size());
        for (var key : keys.keySet()) {
            for (var version : all) {
                var summary = version.summary();
                var point = version.points().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
                rows.add(new MatrixRow(document, key, summary.number(), summary.ref(), summary.draftDate(),
                        summary.reportedDate(), summary.status().code(), summary.partial(),
                        point == null ? null : point.number(), point == null ? keys.get(key) : point.category(),
                        point == null ? "absent" : point.status().code(), point == null ? null : point.text()));
            }
        }
        return rows;
    }

    /** The matrix as RFC 4180 CSV with a header row, ready for pandas or R. */
    public void matrixCsv(String document, Writer out) {
        try (var printer = CSVFormat.RFC4180.builder().setHeader(MatrixRow.HEADER).get().print(out)) {
            for (var row : matrix(document)) {
                printer.printRecord(row.cells());
            }
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
                    s.note(), s.imported() == null ? s.recordedBy() : s.imported().recordedBy(),
                    s.imported() == null ? s.recordedAt() : s.imported().recordedAt(), statedPoints(version)));
        }
        return new HistoryFile(HistoryFile.FORMAT, new HistoryFile.DocumentEntry(doc.slug(), doc.title(), doc.description()),
                entries);
    }

    /**
     * Recreates an exported document in this instance, all or nothing: the document must not exist yet;
     * versions keep their numbers and keys, so timelines and diffs come out identical. The signed-in
     * {@code editor} records every version (the audit log names who imported, now); the recorder and time
     * the file gives are kept as the version's provenance, and exported again as such.
     */
    @Transactional
    public String importHistory(HistoryFile file, String editor) {
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
                versions.recordImported(slug, draft(entry), ExpectedLatest.of(i), editor,
                        Provenance.ofFile(entry.recordedBy(), entry.recordedAt()));
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
