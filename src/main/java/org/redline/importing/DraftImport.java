package org.redline.importing;

import java.util.List;
import java.util.Set;
import org.redline.alignment.AlignedDraft;
import org.redline.alignment.Alignment;
import org.redline.document.Documents;
import org.redline.importing.internal.DraftFormat;
import org.redline.importing.internal.DraftPreview;
import org.redline.importing.internal.DraftReader;
import org.redline.importing.internal.DraftReaders;
import org.redline.importing.internal.DraftUpload;
import org.redline.importing.internal.MarkdownDraftWriter;
import org.redline.importing.internal.Metadata;
import org.redline.importing.internal.UnsupportedDraftFormat;
import org.redline.text.TextGate;
import org.redline.version.Draft;
import org.redline.version.DraftRejected;
import org.redline.version.ExpectedLatest;
import org.redline.version.PointReads;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.RecordedVersion;
import org.redline.version.VersionRecording;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The importing feature's one entry: read a draft as an editor sends it (JSON, a Markdown table,
 * numbered text, a Word, OpenDocument, PDF or HTML file, metadata beside it; one {@link DraftReader}
 * per format), align its points with the version it derives from, and record it, or only show what
 * recording it would do. Editors' uploads, the fixture loader and the folder
 * import all come here, so they cannot take different paths.
 */
@Service
public class DraftImport {

    private final VersionRecording recording;
    private final Documents documents;
    private final VersionTimeline versions;
    private final PointReads pointReads;
    private final Alignment alignment;
    private final io.micrometer.core.instrument.Timer aligning;

    DraftImport(VersionRecording recording, Documents documents, VersionTimeline versions, PointReads pointReads,
            Alignment alignment, io.micrometer.core.instrument.MeterRegistry meters) {
        this.recording = recording;
        this.documents = documents;
        this.versions = versions;
        this.pointReads = pointReads;
        this.alignment = alignment;
        this.aligning = io.micrometer.core.instrument.Timer.builder("redline.alignment")
                .description("aligning a draft's points with its base, before any lock is taken").register(meters);
    }

    /**
     * A draft read from what the editor sent, with the points the editor marked new.
     *
     * @param notes what the reader noticed about the file that the editor should know (tracked changes accepted...)
     * @param text for a file (Word, PDF...), the numbered text its points were read from; null for text formats
     */
    public record Parsed(DraftFormat format, Draft draft, Set<Integer> markedNew, List<String> notes, String text) {
        public Parsed {
            notes = List.copyOf(notes);
        }

        public Parsed(DraftFormat format, Draft draft, Set<Integer> markedNew, List<String> notes) {
            this(format, draft, markedNew, notes, null);
        }
    }

    public RecordedVersion record(String document, DraftUpload upload, ExpectedLatest expected, String editor) {
        return recordAligned(document, upload, expected, editor).recorded();
    }

    /** What recording produced, with how the draft was read and aligned (for the folder import's report). */
    public record Recorded(DraftFormat format, RecordedVersion recorded, AlignedDraft alignment) {
    }

    /**
     * Parsing, alignment and embedding run before recording (alignment reads the base in a short read of
     * its own and holds no connection while it weighs); recording stages the version in a transaction of
     * its own and numbers it in a short one under the document lock. The texts' embeddings are stored
     * after it, outside the document lock: 20,000 vectors were a good part of a big version's time under the lock, and they are a cache (an embedding found
     * missing is computed again when a later draft is aligned against the version). Everything after
     * parsing runs in a writer slot ({@link Documents#inWriterSlot}): a burst of writers of a big document
     * queues there, holding no connection, instead of taking every connection of the pool at once.
     */
    public Recorded recordAligned(String document, DraftUpload upload, ExpectedLatest expected, String editor) {
        var parsed = read(upload);
        return documents.inWriterSlot(document, () -> {
            var aligned = align(document, parsed);
            var vectors = alignment.vectorsOf(aligned.result());
            var recorded = recording.record(document, aligned.keyed(), expected, editor); // its own transactions
            try {
                alignment.save(document, aligned.result(), vectors);
            } catch (DuplicateKeyException raced) {
                alignment.save(document, aligned.result(), vectors); // a writer of the same texts came between: store the rest
            }
            return new Recorded(parsed.format(), recorded, aligned.result());
        });
    }

    /**
     * One version as a Markdown table in the seed's shape (the points it states), which recording reads
     * back to the same points: the writer sits beside the reader so the two escape and unescape alike.
     */
    public static String markdown(VersionView version) {
        return MarkdownDraftWriter.write(version);
    }

    /** Everything {@link #record} would do, up to storing: parse, align, the version it would become. */
    public DraftPreview preview(String document, DraftUpload upload, String editor) {
        var parsed = read(upload);
        return documents.inWriterSlot(document, () -> {
            var aligned = align(document, parsed);
            var proposed = recording.preview(document, aligned.keyed());
            return new DraftPreview(parsed.format(), parsed.draft(), aligned.base(), aligned.result().matches(), proposed,
                    parsed.notes(), parsed.text());
        });
    }

    private record Aligned(VersionView base, AlignedDraft result, Draft keyed) {
    }

    private Aligned align(String document, Parsed parsed) {
        var draft = parsed.draft();
        var base = versions.base(document, draft.derivedFrom());
        var basePoints = base.map(b -> withLastKnownTexts(document, b)).orElse(List.of());
        var result = aligning.record(() -> alignment.align(document, draft, basePoints, parsed.markedNew()));
        // Pin the base the draft was aligned against, so recording cannot pick a newer "latest".
        var keyed = base.map(b -> result.draft().withDerivedFrom(Integer.toString(b.summary().number()))).orElse(result.draft());
        return new Aligned(base.orElse(null), result, keyed);
    }

    /**
     * A partial base holds the points it does not mention as unknown, without text; for alignment they
     * keep the text they last had, so a draft answering a partial version still finds them by text.
     */
    private List<PointView> withLastKnownTexts(String document, VersionView base) {
        var missing = base.points().stream().filter(p -> p.status() == PointStatus.UNKNOWN && p.text() == null)
                .map(PointView::key).toList();
        if (missing.isEmpty()) {
            return base.points();
        }
        var texts = pointReads.lastTexts(document, missing, base.summary().number());
        return base.points().stream().map(point -> {
            var text = point.status() == PointStatus.UNKNOWN && point.text() == null ? texts.get(point.key()) : null;
            return text == null ? point : new PointView(point.key(), point.number(), point.category(), text, point.status(),
                    point.listed(), point.sourceRefs(), point.note(), point.position(), point.mergedFrom(), point.splitFrom());
        }).toList();
    }

    static Parsed read(DraftUpload upload) {
        if (upload.body().length == 0) {
            throw new DraftRejected("body", "is empty; expected a draft as JSON, a Markdown table, numbered text, or a Word, OpenDocument, PDF or HTML file");
        }
        checkParameters(upload);
        var reader = DraftReaders.readerFor(upload);
        try {
            return reader.read(upload);
        } catch (DraftRejected | UnsupportedDraftFormat e) {
            throw e;
        } catch (RuntimeException e) {
            if (reader.format() == DraftFormat.JSON || reader.format() == DraftFormat.MARKDOWN || reader.format() == DraftFormat.TEXT) {
                throw e;
            }
            // a library meeting a file it cannot make sense of: the editor's file is at fault, not the service
            throw new DraftRejected("file", "cannot be read as " + reader.format().code() + ": " + e.getMessage());
        }
    }

    /** A misspelt parameter would drop metadata silently: refuse names the import does not know. */
    private static void checkParameters(DraftUpload upload) {
        for (var name : upload.parameters().keySet()) {
            if (!Metadata.FIELDS.contains(name) && !name.equals("dryRun")) {
                throw new DraftRejected(name, "unknown parameter; expected one of " + new java.util.TreeSet<>(Metadata.FIELDS) + " or dryRun");
            }
        }
    }
}
