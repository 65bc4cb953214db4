package org.redline.version;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The version feature's one entry: record drafts as immutable versions and read them back. */
@Service
public class Versions {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionPointRepository points;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Versions(Documents documents, VersionRepository versions, VersionPointRepository points,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.points = points;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a keyed draft as the document's next version. The document is locked for the length of
     * the transaction, so numbers stay gap-free; listeners of {@link VersionRecorded} (the audit log)
     * run in the same transaction, so the version and its audit commit are saved together or not at all.
     */
    @Transactional
    public RecordedVersion record(String slug, Draft draft, String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("a version is always recorded by someone");
        }
        requireKeys(draft);
        var document = documents.lockForNewVersion(slug);
        if (draft.ref() != null) {
            versions.findByDocumentIdAndRef(document.id(), draft.ref()).ifPresent(existing -> {
                throw new DuplicateRef(slug, existing.link());
            });
        }
        var base = resolveBase(document, draft.derivedFrom()).orElse(null);
        var basePoints = base == null ? List.<PointView>of() : base.points().stream().map(VersionPoint::view).toList();
        var newPoints = VersionContent.points(draft, basePoints);
        var kinds = VersionContent.changes(basePoints, newPoints);
        var version = Version.record(document.id(), versions.maxNumber(document.id()) + 1, draft, base,
                newPoints.stream().map(VersionPoint::of).toList(), ChangeCounts.of(kinds.values()),
                VersionContent.hash(draft.partial(), newPoints), editor.strip(), clock.instant());
        versions.saveAndFlush(version);

        var summary = version.summary();
        var stated = newPoints.stream().filter(p -> p.status() != PointStatus.UNKNOWN).toList();
        events.publishEvent(new VersionRecorded(slug, summary, stated));
        return new RecordedVersion(slug, summary, pointChanges(newPoints, basePoints, kinds));
    }

    /**
     * What recording a keyed draft would make of it, worked out as {@link #record} does and stored
     * nowhere: the next number, the points with the base's unlisted ones carried over, the counts.
     */
    @Transactional(readOnly = true)
    public VersionView preview(String slug, Draft draft, String editor) {
        requireKeys(draft);
        var document = documents.get(slug);
        if (draft.ref() != null) {
            versions.findByDocumentIdAndRef(document.id(), draft.ref()).ifPresent(existing -> {
                throw new DuplicateRef(slug, existing.link());
            });
        }
        var base = resolveBase(document, draft.derivedFrom());
        var basePoints = base.map(v -> v.points().stream().map(VersionPoint::view).toList()).orElse(List.of());
        var newPoints = VersionContent.points(draft, basePoints);
        var counts = ChangeCounts.of(VersionContent.changes(basePoints, newPoints).values());
        var summary = new VersionSummary(versions.maxNumber(document.id()) + 1, draft.ref(), draft.label(),
                draft.draftDate(), draft.reportedDate(), draft.status(), draft.partial(), base.map(Version::link).orElse(null),
                draft.sources(), draft.note(), editor, clock.instant(), counts);
        return new VersionView(slug, summary, newPoints);
    }

    /** The version a draft would derive from: the one it names, else the latest; empty for a new document. */
    @Transactional(readOnly = true)
    public Optional<VersionView> base(String slug, String derivedFrom) {
        var document = documents.get(slug);
        return resolveBase(document, derivedFrom).map(v -> view(slug, v));
    }

    @Transactional(readOnly = true)
    public VersionView get(String slug, String id) {
        var document = documents.get(slug);
        return find(document, id).map(v -> view(slug, v)).orElseThrow(() -> new VersionNotFound(slug, id));
    }

    @Transactional(readOnly = true)
    public Optional<VersionSummary> latest(String slug) {
        var document = documents.get(slug);
        return versions.findFirstByDocumentIdOrderByNumberDesc(document.id()).map(Version::summary);
    }

    @Transactional(readOnly = true)
    public VersionPage timeline(String slug, int page, int size) {
        var document = documents.get(slug);
        var result = versions.timeline(document.id(), PageRequest.of(page, size, Sort.by("number")));
        return new VersionPage(result.map(Version::summary).getContent(), page, size,
                result.getTotalElements(), result.getTotalPages());
    }

    /** The point's row in every version of the document, oldest first; empty rows where a version lacks it. */
    @Transactional(readOnly = true)
    public List<PointAcrossVersions> pointAcrossVersions(String slug, String key) {
        var document = documents.get(slug);
        var rows = new HashMap<Integer, PointView>();
        for (Object[] row : points.keyAcrossVersions(document.id(), key)) {
            rows.put((Integer) row[0], ((VersionPoint) row[1]).view());
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        var result = new ArrayList<PointAcrossVersions>();
        for (var version : versions.allOf(document.id())) {
            result.add(new PointAcrossVersions(version.summary(), rows.get(version.number())));
        }
        return result;
    }

    private Optional<Version> resolveBase(DocumentView document, String derivedFrom) {
        if (derivedFrom == null) {
            return versions.findFirstByDocumentIdOrderByNumberDesc(document.id());
        }
        return Optional.of(find(document, derivedFrom).orElseThrow(() -> new DraftRejected("derivedFrom",
                "document '" + document.slug() + "' has no version '" + derivedFrom + "' to derive from")));
    }

    private Optional<Version> find(DocumentView document, String id) {
        if (id != null && id.matches("[0-9]{1,9}")) {
            return versions.findByDocumentIdAndNumber(document.id(), Integer.parseInt(id));
        }
        return versions.findByDocumentIdAndRef(document.id(), id);
    }

    private static VersionView view(String slug, Version version) {
        return new VersionView(slug, version.summary(), version.points().stream().map(VersionPoint::view).toList());
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
