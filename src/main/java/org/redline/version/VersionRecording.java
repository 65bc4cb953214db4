package org.redline.version;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.redline.version.internal.PointTermIndex;
import org.redline.version.internal.Version;
import org.redline.version.internal.VersionContent;
import org.redline.version.internal.VersionHeads;
import org.redline.version.internal.VersionLookup;
import org.redline.version.internal.VersionPoints;
import org.redline.version.internal.VersionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** How a keyed draft becomes the document's next version, and what it would become (a preview). */
@Service
public class VersionRecording {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionPoints points;
    private final VersionHeads heads;
    private final VersionLookup lookup;
    private final PointTermIndex terms;
    private final StagedVersions staged;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    VersionRecording(Documents documents, VersionRepository versions, VersionPoints points, VersionHeads heads,
            VersionLookup lookup, PointTermIndex terms, StagedVersions staged, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.versions = versions;
        this.points = points;
        this.heads = heads;
        this.lookup = lookup;
        this.terms = terms;
        this.staged = staged;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records a keyed draft as the document's next version, in two steps (issue 13). First the version is
     * staged in a transaction of its own, without the document lock: its row (no number, no ref: no read
     * sees it) and its points, the slow part. Then, in its turn among this instance's writers of the
     * document (waiting without a database connection), the document is locked only to check the
     * precondition, move the staged version onto the newest base when other writers came first (writing
     * only the rows that differ), give it its number and ref and advance the head; {@link VersionRecorded}
     * is published in that transaction and the audit log commits the version's audit after it (history's
     * AuditDrain). Numbers stay gap-free; a write refused under the lock deletes what it staged, and
     * start-up deletes what a crash left. Called inside a transaction (a history import), both steps run in
     * the caller's transaction.
     */
    public RecordedVersion record(String slug, Draft draft, ExpectedLatest expected, String editor) {
        return record(slug, draft, expected, new Recorder(editor, clock.instant()));
    }

    /**
     * Records a version of an imported history: recorded by the signed-in editor now, as any version, with
     * what the file said about its original recording kept beside as provenance (null when it said nothing).
     */
    public RecordedVersion recordImported(String slug, Draft draft, ExpectedLatest expected, String editor, Provenance original) {
        return record(slug, draft, expected, new Recorder(editor, clock.instant(), original));
    }

    public RecordedVersion record(String slug, Draft draft, ExpectedLatest expected, Recorder recorder) {
        requireKeys(draft);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            var staged = stage(documents.get(slug), draft, expected, recorder);
            return number(slug, draft, expected, recorder, staged);
        }
        var staged = documents.inWriterSlot(slug,
                () -> transaction.execute(status -> stage(documents.get(slug), draft, expected, recorder)));
        try {
            return documents.inTurn(slug,
                    () -> transaction.execute(status -> number(slug, draft, expected, recorder, staged)));
        } catch (RuntimeException refused) {
            this.staged.discard(staged.versionId());
            throw refused;
        }
    }

    /**
     * Writes the version without a number: its row, its points, its new words in the search index (which
     * holds every word a key's text has ever held, so words of a draft refused later do no harm: a search
     * reads the rows of the keys the index names). Throws what the precondition, ref or content refuse.
     */
    Staged stage(DocumentView document, Draft draft, ExpectedLatest expected, Recorder recorder) {
        // numbers only grow: a precondition that fails now fails under the lock too, so refuse it first
        int seen = lookup.checkedLatest(document, expected);
        var composed = compose(document, draft);
        terms.index(document.id(), composed.points(), composed.basePoints());
        var version = Version.staged(document.id(), draft, composed.base(), ChangeCounts.of(composed.kinds().values()),
                composed.hash(), recorder);
        versions.saveAndFlush(version);
        points.insert(version.id(), composed.points());
        return staged(version.id(), seen, composed);
    }

    private static Staged staged(long versionId, int seen, Composed composed) {
        var changes = pointChanges(composed.points(), composed.basePoints(), composed.kinds());
        var stated = composed.points().stream().filter(p -> p.status() != PointStatus.UNKNOWN).toList();
        return new Staged(versionId, seen, composed.hash(), composed.points(), changes, stated);
    }

    /**
     * Under the document lock: checks the precondition, numbers the staged version, advances the head.
     * When "latest" moved on since staging and the draft derives from it, the staged version is moved onto
     * the new latest first ({@link #rebase}); when the staged row is gone (another instance's start-up took
     * it for a crash's leftover), the draft is staged again here.
     */
    RecordedVersion number(String slug, Draft draft, ExpectedLatest expected, Recorder recorder, Staged staged) {
        var document = documents.lockForNewVersion(slug);
        var latest = lookup.checkedLatest(document, expected);
        var version = versions.lockStaged(staged.versionId()).orElse(null);
        if (version == null) {
            staged = stage(document, draft, expected, recorder);
            version = versions.lockStaged(staged.versionId()).orElseThrow();
        } else if (latest != staged.seen() && draft.derivedFrom() == null) {
            staged = rebase(document, draft, version, staged, latest);
        }
        requireNotTaken(document, draft.ref(), staged.hash()); // a writer in between may have taken them
        version.number(latest + 1, draft.ref());
        versions.saveAndFlush(version);
        heads.advance(document.id(), version.number());

        var summary = version.summary();
        events.publishEvent(new VersionRecorded(slug, summary, staged.stated()));
        return new RecordedVersion(slug, summary, staged.changes());
    }

    /**
     * Moves a staged version onto the document's latest version, which other writers recorded after it was
     * staged: composes the draft against it again and rewrites only the points that come out different (for
     * a partial draft, the points those writers changed), so the lock is held for the size of their change,
     * not of the document. Its words are indexed already: the draft's texts are the same, a base's carried
     * points hold no text.
     */
    private Staged rebase(DocumentView document, Draft draft, Version version, Staged staged, int latest) {
        var composed = compose(document, draft);
        points.replace(version.id(), staged.points(), composed.points());
        version.rebase(composed.base(), ChangeCounts.of(composed.kinds().values()), composed.hash());
        return staged(version.id(), latest, composed);
    }

    /**
     * A version written but not numbered yet, with the latest number it was composed against, the points it
     * holds and what its recording reports (worked out before the lock).
     */
    record Staged(long versionId, int seen, String hash, List<PointView> points, List<RecordedVersion.PointChange> changes,
            List<PointView> stated) {
    }

    /**
     * The version recording this keyed draft would make now, without storing anything. The same checks
     * as {@link #record} run (known base, ref and content not taken), so a preview that succeeds is one
     * that can be saved unless the document moves on first. Nobody has recorded it: {@code recordedBy} is null.
     */
    @Transactional(readOnly = true)
    public VersionView preview(String slug, Draft draft) {
        requireKeys(draft);
        var document = documents.get(slug);
        var latest = heads.latest(document.id());
        var composed = compose(document, draft);
        var summary = new VersionSummary(latest + 1, draft.ref(), draft.label(), draft.draftDate(), draft.reportedDate(),
                draft.status(), draft.partial(), composed.base() == null ? null : composed.base().link(), draft.sources(),
                draft.note(), null, clock.instant(), ChangeCounts.of(composed.kinds().values()), draft.knowledge(), null);
        return new VersionView(slug, summary, composed.points());
    }

    /** What a keyed draft becomes against its base; throws when the ref or the content is already taken. */
    private Composed compose(DocumentView document, Draft draft) {
        if (draft.ref() != null) {
            requireNotTaken(document, draft.ref(), null);
        }
        var base = lookup.resolveBase(document, draft.derivedFrom()).orElse(null);
        var basePoints = base == null ? List.<PointView>of() : points.of(base.id());
        var newPoints = VersionContent.points(draft, basePoints);
        var kinds = VersionContent.changes(basePoints, newPoints);
        var hash = VersionContent.hash(draft.partial(), draft.knowledge(), newPoints);
        requireNotTaken(document, null, hash);
        return new Composed(base, basePoints, newPoints, kinds, hash);
    }

    /** Throws when a version of the document already has this ref or this content hash (each may be null). */
    private void requireNotTaken(DocumentView document, String ref, String hash) {
        if (ref != null) {
            versions.findByDocumentIdAndRef(document.id(), ref).ifPresent(existing -> {
                throw new DuplicateRef(document.slug(), existing.link());
            });
        }
        if (hash != null) {
            versions.findByDocumentIdAndContentHash(document.id(), hash).stream().findFirst().ifPresent(same -> {
                throw new DuplicateContent(document.slug(), same.link());
            });
        }
    }

    private record Composed(Version base, List<PointView> basePoints, List<PointView> points,
            java.util.Map<String, ChangeKind> kinds, String hash) {
    }

    private static void requireKeys(Draft draft) {
        for (int i = 0; i < draft.points().size(); i++) {
            if (draft.points().get(i).key() == null) {
                throw new IllegalArgumentException("points[" + i + "] has no key: align the draft before recording it");
            }
        }
    }

    private static List<RecordedVersion.PointChange> pointChanges(
            List<PointView> newPoints, List<PointView> basePoints, java.util.Map<String, ChangeKind> kinds) {
        var byKey = new HashMap<String, PointView>();
        basePoints.forEach(p -> byKey.put(p.key(), p));
        newPoints.forEach(p -> byKey.put(p.key(), p));
        return kinds.entrySet().stream()
                .filter(e -> e.getValue() != ChangeKind.UNCHANGED)
                .map(e -> {
                    var point = byKey.get(e.getKey());
                    return new RecordedVersion.PointChange(e.getKey(), point.number(), point.category(), e.getValue(),
                            point.mergedFrom(), point.splitFrom());
                })
                .toList();
    }
}
