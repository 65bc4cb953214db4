package org.redline.version;

import java.time.Clock;
import org.redline.document.Documents;
import org.redline.version.internal.VersionHeads;
import org.redline.version.internal.VersionLookup;
import org.redline.version.internal.VersionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a version's metadata is corrected after it was recorded (never its content), with who and why. */
@Service
public class MetadataCorrections {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionHeads heads;
    private final VersionLookup lookup;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MetadataCorrections(Documents documents, VersionRepository versions, VersionHeads heads, VersionLookup lookup,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.heads = heads;
        this.lookup = lookup;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Corrects a version's metadata (label, dates, status, sources, note; never its content) and
     * publishes {@link VersionMetadataCorrected} in the same transaction, so the audit log records the
     * editor and the reason with it. The document is locked like a recording, so corrections and new
     * versions of one document happen one at a time.
     *
     * @param expected the latest version number the editor saw, or {@link ExpectedLatest#ANY}
     */
    @Transactional
    public VersionSummary correctMetadata(String slug, String id, MetadataCorrection correction, String reason,
            String editor, ExpectedLatest expected) {
        requireEditor(editor);
        return correctMetadata(slug, id, correction, reason, new Recorder(editor, clock.instant()), expected);
    }

    /**
     * A correction by a given recorder: used to restore an exported history, where the importing editor
     * makes it and the file's corrector and time are kept as its provenance.
     */
    @Transactional
    public VersionSummary correctMetadata(String slug, String id, MetadataCorrection correction, String reason,
            Recorder corrector, ExpectedLatest expected) {
        java.util.Objects.requireNonNull(correction, "correction");
        java.util.Objects.requireNonNull(expected, "expected latest (ExpectedLatest.ANY to opt out)");
        var why = MetadataCorrection.checkedReason(reason);
        var document = documents.lockForNewVersion(slug);
        lookup.checkedLatest(document, expected);
        events.publishEvent(new CorrectionStarting(slug));
        var version = lookup.find(document, id).orElseThrow(() -> new VersionNotFound(slug, id));
        if (!version.correct(correction)) {
            throw new InvalidCorrection(null, "the correction changes nothing: version " + version.number()
                    + " already has these values");
        }
        versions.saveAndFlush(version);
        heads.touch(document.id());
        var summary = version.summary();
        events.publishEvent(new VersionMetadataCorrected(slug, summary, why, corrector.editor(), corrector.at(), corrector.original()));
        return summary;
    }

    private static void requireEditor(String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("a version is always recorded or corrected by someone");
        }
    }
}
