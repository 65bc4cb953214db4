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
import org.springframework.transaction.annotation.Transactional;

/** How a keyed draft becomes the document's next version, and what it would become (a preview). */
@Service
public class VersionRecording {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionPoints points;
    private final VersionHeads heads;
    private final VersionLookup lookup;
    private final PointTermIndex terms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VersionRecording(Documents documents, VersionRepository versions, VersionPoints points, VersionHeads heads,
            VersionLookup lookup, PointTermIndex terms, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.points = points;
        this.heads = heads;
        this.lookup = lookup;
        this.terms = terms;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a keyed draft as the document's next version. The document is locked for the length of
     * the transaction, so numbers stay gap-free; {@link VersionRecorded} is published in it, and the
     * audit log commits the version's audit after it, in number order (history's AuditDrain).
     */
    @Transactional
    public RecordedVersion record(String slug, Draft draft, ExpectedLatest expected, String editor) {
        return record(slug, draft, expected, new Recorder(editor, clock.instant()));
    }

    /**
     * Records a version of an imported history: recorded by the signed-in editor now, as any version, with
     * what the file said about its original recording kept beside as provenance (null when it said nothing).
     *
     * <p>The slow part (reading the base, composing the new points, their change kinds and content hash)
     * runs before the document lock; under the lock only the precondition is checked (and the draft
     * composed again in the rare case that another writer moved "latest" in between) and the rows written.
     */
    @Transactional
    public RecordedVersion recordImported(String slug, Draft draft, ExpectedLatest expected, String editor, Provenance original) {
        return record(slug, draft, expected, new Recorder(editor, clock.instant(), original));
    }

    @Transactional
    public RecordedVersion record(String slug, Draft draft, ExpectedLatest expected, Recorder recorder) {
        requireKeys(draft);
        var unlocked = documents.get(slug);
        // numbers only grow: a precondition that fails now fails under the lock too, so refuse it first
        int seen = lookup.checkedLatest(unlocked, expected);
        var composed = compose(unlocked, draft);
        // the search index takes the draft's new words before the lock: it holds every word a key's text has
        // ever held, so the words a draft adds over its first base are all it lacks, even if "latest" moves on
        terms.index(unlocked.id(), composed.points(), composed.basePoints());
        var document = documents.lockForNewVersion(slug);
        var latest = lookup.checkedLatest(document, expected);
        if (latest != seen && draft.derivedFrom() == null) {
            composed = compose(document, draft); // "latest" moved on: the draft derives from the new one
        } else {
            requireNotTaken(document, draft.ref(), composed.hash()); // a writer in between may have taken them
        }
        var version = Version.record(document.id(), latest + 1, draft, composed.base(),
                ChangeCounts.of(composed.kinds().values()), composed.hash(), recorder);
        versions.saveAndFlush(version);
        points.insert(version.id(), composed.points());
        heads.advance(document.id(), version.number());

        var summary = version.summary();
        var stated = composed.points().stream().filter(p -> p.status() != PointStatus.UNKNOWN).toList();
        events.publishEvent(new VersionRecorded(slug, summary, stated));
        return new RecordedVersion(slug, summary, pointChanges(composed.points(), composed.basePoints(), composed.kinds()));
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
