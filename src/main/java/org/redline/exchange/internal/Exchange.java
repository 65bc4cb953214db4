package org.redline.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.history.History;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;
import org.redline.version.ExpectedLatest;
import org.redline.version.InvalidCorrection;
import org.redline.version.Knowledge;
import org.redline.version.MetadataCorrections;
import org.redline.version.PointView;
import org.redline.version.Provenance;
import org.redline.version.Recorder;
import org.redline.version.VersionKind;
import org.redline.version.VersionRecording;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exchange feature's one entry: data out (matrix, Markdown, whole history) and history back in. */
@Service
public class Exchange {

    private final Documents documents;
    private final VersionTimeline versions;
    private final VersionRecording recording;
    private final MetadataCorrections metadataCorrections;
    private final History history;
    private final java.time.Clock clock;

    Exchange(Documents documents, VersionTimeline versions, VersionRecording recording,
            MetadataCorrections metadataCorrections, History history, java.time.Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.versions = versions;
        this.recording = recording;
        this.metadataCorrections = metadataCorrections;
        this.history = history;
    }

    /**
     * Every key against every version, in the order keys first appear, oldest version first. The versions
     * are read now (an unknown document fails here), the rows made as the stream is read, so an answer
     * writes them one by one instead of holding them all. Each version's points are indexed by key once,
     * so the matrix costs keys x versions, not that times points.
     */
    public Stream<MatrixRow> matrix(String document) {
        var all = versions.allWithPoints(document);
        var keys = new LinkedHashMap<String, String>();
        all.forEach(v -> v.points().forEach(p -> keys.putIfAbsent(p.key(), p.category())));
        var byKey = all.stream().map(v -> {
            var index = new java.util.HashMap<String, PointView>();
            v.points().forEach(p -> index.put(p.key(), p));
            return index;
        }).toList();
        return keys.entrySet().stream().flatMap(key -> IntStream.range(0, all.size()).mapToObj(i -> {
            var summary = all.get(i).summary();
            var point = byKey.get(i).get(key.getKey());
            return new MatrixRow(document, key.getKey(), summary.number(), summary.ref(), summary.draftDate(),
                    summary.reportedDate(), summary.status().code(), summary.partial(),
                    point == null ? null : point.number(), point == null ? key.getValue() : point.category(),
                    point == null ? "absent" : point.status().code(), point == null ? null : point.text(),
                    summary.knowledge().kind().code(), summary.knowledge().reportedPointCount(), summary.knowledge().uncertain());
        }));
    }

    /**
     * The matrix as RFC 4180 CSV with a header row, ready for pandas or R, written row by row. Cells a
     * spreadsheet would run as a formula are neutralised ({@link MatrixRow#csvCells}).
     */
    public void matrixCsv(String document, Writer out) {
        var rows = matrix(document); // an unknown document fails before anything is written
        try (var printer = CSVFormat.RFC4180.builder().setHeader(MatrixRow.HEADER).get().print(out)) {
            for (var row : (Iterable<MatrixRow>) rows::iterator) {
                printer.printRecord(row.csvCells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One version as a Markdown table in the seed's shape, readable and importable again. */
    public String markdown(String document, String versionId) {
        return DraftImport.markdown(versions.get(document, versionId));
    }

    public HistoryFile export(String document) {
        var doc = documents.get(document);
        var corrections = history.corrections(document);
        var entries = versions.allWithPoints(document).stream()
                .map(v -> HistoryEntries.of(v, corrections.getOrDefault(v.summary().number(), List.of()))).toList();
        return new HistoryFile(HistoryFile.FORMAT, new HistoryFile.DocumentEntry(doc.slug(), doc.title(), doc.description()),
                entries);
    }

    /**
     * Recreates an exported document in this instance, all or nothing: the document must not exist yet;
     * versions keep their numbers, keys, merges and splits, and their metadata corrections are made
     * again with their reasons, so timelines, diffs and the correction log come out identical. The
     * signed-in {@code editor} records every version and makes every correction (the audit log names who
     * imported, now); the recorders, correctors and times the file gives are kept as provenance, and
     * exported again as such.
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
            var corrections = entry.corrections() == null ? List.<HistoryFile.CorrectionEntry>of() : entry.corrections();
            try {
                var recorded = corrections.isEmpty() ? HistoryEntries.currentMetadata(entry) : corrections.get(0).before();
                if (recorded == null) {
                    throw new DraftRejected("corrections[0].before", "is required");
                }
                recording.recordImported(slug, HistoryEntries.draft(entry, recorded), ExpectedLatest.of(i), editor,
                        Provenance.ofFile(entry.recordedBy(), entry.recordedAt()));
                correctAgain(slug, entry, corrections, editor);
            } catch (DraftRejected e) {
                throw e.inside(where);
            } catch (IllegalArgumentException e) {
                throw new DraftRejected(where, e.getMessage());
            }
        }
        return slug;
    }

    /** Makes a version's corrections again, checking that each starts where the one before ended. */
    private void correctAgain(String slug, HistoryFile.VersionEntry entry, List<HistoryFile.CorrectionEntry> corrections, String editor) {
        for (int k = 0; k < corrections.size(); k++) {
            var correction = corrections.get(k);
            var where = "corrections[" + k + "]";
            if (correction.after() == null) {
                throw new DraftRejected(where + ".after", "is required");
            }
            if (k > 0 && !java.util.Objects.equals(correction.before(), corrections.get(k - 1).after())) {
                throw new DraftRejected(where + ".before", "differs from the previous correction's after");
            }
            try {
                metadataCorrections.correctMetadata(slug, Integer.toString(entry.number()), HistoryEntries.correction(correction.after()),
                        correction.reason(), new Recorder(editor, clock.instant(), Provenance.ofFile(correction.correctedBy(), correction.correctedAt())),
                        ExpectedLatest.ANY);
            } catch (InvalidCorrection e) {
                throw new DraftRejected(e.where() == null ? where : where + ".after." + e.where(), e.reason());
            } catch (DraftRejected e) {
                throw e.inside(where + ".after");
            } catch (IllegalArgumentException e) {
                throw new DraftRejected(where, e.getMessage());
            }
        }
        if (!corrections.isEmpty() && !corrections.get(corrections.size() - 1).after().equals(HistoryEntries.currentMetadata(entry))) {
            throw new DraftRejected("corrections[" + (corrections.size() - 1) + "].after", "differs from the version's metadata");
        }
    }
}
