package org.redline.version;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The version feature's one entry: record drafts as immutable versions and read them back. */
@Service
public class Versions {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionPoints points;
    private final VersionHeads heads;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Versions(Documents documents, VersionRepository versions, VersionPoints points, VersionHeads heads,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.versions = versions;
        this.points = points;
        this.heads = heads;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a keyed draft as the document's next version. The document is locked for the length of
     * the transaction, so numbers stay gap-free; listeners of {@link VersionRecorded} (the audit log)
     * run in the same transaction, so the version and its audit commit are saved together or not at all.
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
        int seen = checkedLatest(unlocked, expected);
        var composed = compose(unlocked, draft);
        var document = documents.lockForNewVersion(slug);
        var latest = checkedLatest(document, expected);
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
        checkedLatest(document, expected);
        var version = find(document, id).orElseThrow(() -> new VersionNotFound(slug, id));
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

    /** Every document with its latest version (null when it has none), in slug order. */
    @Transactional(readOnly = true)
    public List<CatalogueEntry> catalogue() {
        var latest = new HashMap<Long, VersionSummary>();
        heads.all().forEach((documentId, number) -> versions.findByDocumentIdAndNumber(documentId, number)
                .ifPresent(v -> latest.put(documentId, v.summary())));
        return documents.all().stream().map(d -> new CatalogueEntry(d, latest.get(d.id()))).toList();
    }

    /**
     * One page of a document's versions, oldest first, each with how many points it holds in each
     * status. Pages count back from the newest version, so the first page is always full; each is a
     * range of version numbers and costs the same however long the history.
     *
     * @param page the page, 0 for the newest versions (also when null); past the oldest, the oldest page
     */
    @Transactional(readOnly = true)
    public DocumentTimeline overview(String slug, Integer page, int size) {
        var document = documents.get(slug);
        int total = heads.latest(document.id());
        int pages = Math.max(1, (total + size - 1) / size);
        int shown = page == null ? 0 : Math.max(0, Math.min(page, pages - 1));
        int last = total - shown * size;
        int first = Math.max(1, last - size + 1);
        var tallies = points.statusCounts(document.id(), first, last);
        var entries = (total == 0 ? List.<Version>of() : versions.numbered(document.id(), first, last)).stream().map(v -> {
            var n = tallies.getOrDefault(v.number(), new int[PointStatus.values().length]);
            return new DocumentTimeline.Entry(v.summary(), new PointTally(n[PointStatus.AGREED.ordinal()],
                    n[PointStatus.BRACKETED.ordinal()], n[PointStatus.REMOVED.ordinal()], n[PointStatus.UNKNOWN.ordinal()]));
        }).toList();
        return new DocumentTimeline(document, entries, shown, pages, total);
    }

    /** Every version of a document, oldest first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> all(String slug) {
        var document = documents.get(slug);
        return versions.allOf(document.id()).stream().map(Version::summary).toList();
    }

    /** Every version of a document with its points, oldest first: for exports and whole-history research. */
    @Transactional(readOnly = true)
    public List<VersionView> allWithPoints(String slug) {
        var document = documents.get(slug);
        var all = versions.allOf(document.id());
        var pointsByVersion = points.of(all.stream().map(Version::id).toList());
        return all.stream().map(v -> new VersionView(slug, v.summary(), pointsByVersion.getOrDefault(v.id(), List.of())))
                .toList();
    }

    /** A version and the versions it derives from, back to the root: {@code [v, parent, grandparent, ...]}. */
    @Transactional(readOnly = true)
    public List<VersionView> ancestry(String slug, String id) {
        var document = documents.get(slug);
        var version = find(document, id).orElseThrow(() -> new VersionNotFound(slug, id));
        var chain = new ArrayList<VersionView>();
        for (var step = version; step != null; step = step.derivedFrom()) {
            chain.add(view(slug, step));
        }
        return chain;
    }

    /** The version in force on a date: the latest dated on or before it, by draft or by reported date. */
    @Transactional(readOnly = true)
    public Optional<VersionSummary> inForceOn(String slug, java.time.LocalDate date, boolean byReportedDate) {
        var document = documents.get(slug);
        var found = byReportedDate
                ? versions.inForceByReportedDate(document.id(), date)
                : versions.inForceByDraftDate(document.id(), date);
        return found.map(Version::summary);
    }

    /** Points whose text contains a phrase (case-insensitive), oldest version first. */
    @Transactional(readOnly = true)
    public List<PointAcrossVersions> search(String slug, String phrase, String category, PointStatus status) {
        var document = documents.get(slug);
        var pattern = "%" + phrase.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var summaries = new HashMap<Integer, VersionSummary>();
        var result = new ArrayList<PointAcrossVersions>();
        var rows = points.textContaining(document.id(), pattern,
                category == null ? null : category.toLowerCase(java.util.Locale.ROOT), status);
        if (!rows.isEmpty()) {
            versions.allOf(document.id()).forEach(v -> summaries.put(v.number(), v.summary()));
        }
        for (var row : rows) {
            result.add(new PointAcrossVersions(summaries.get(row.version()), row.point()));
        }
        return result;
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

    /**
     * A number that changes whenever anything a reader sees of the document changes (a version recorded,
     * metadata corrected): what validators of its pages derive from. Empty for an unknown document. One row.
     */
    public java.util.OptionalLong revision(String slug) {
        return heads.revision(slug);
    }

    /** The latest version's number, 0 when the document has none: one row, however long the history. */
    @Transactional(readOnly = true)
    public int latestNumber(String slug) {
        return heads.latest(documents.get(slug).id());
    }

    @Transactional(readOnly = true)
    public Optional<VersionSummary> latest(String slug) {
        var document = documents.get(slug);
        return latest(document).map(Version::summary);
    }

    @Transactional(readOnly = true)
    public VersionListPage timeline(String slug, int page, int size) {
        var document = documents.get(slug);
        // Numbers run 1..n without gaps (checked by verify), so the latest number is the count and a page
        // is a range of numbers: the cost of a page does not grow with the length of the history.
        int total = heads.latest(document.id());
        long first = (long) page * size + 1;
        var items = first > total ? List.<VersionSummary>of()
                : versions.numbered(document.id(), (int) first, (int) Math.min(total, first + size - 1)).stream()
                        .map(Version::summary).toList();
        return new VersionListPage(items, page, size, total, (total + size - 1) / size);
    }

    /** The newest versions, newest first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> newest(String slug, int count) {
        var document = documents.get(slug);
        int latest = heads.latest(document.id());
        var newest = new ArrayList<>(versions.numbered(document.id(), Math.max(1, latest - count + 1), latest).stream()
                .map(Version::summary).toList());
        java.util.Collections.reverse(newest);
        return newest;
    }

    /**
     * The point's row in versions first..last (null where a version lacks it), and its rows in the
     * versions those derive from, so each can be compared with its parent; empty when the document
     * never held the key. Costs what the page costs, however long the history.
     */
    @Transactional(readOnly = true)
    public PointRows pointInVersions(String slug, String key, int first, int last) {
        var document = documents.get(slug);
        if (!points.anyOf(document.id(), key)) {
            return new PointRows(false, List.of(), java.util.Map.of());
        }
        var rows = new HashMap<Integer, PointView>();
        for (var row : points.keyInVersions(document.id(), key, first, last)) {
            rows.put(row.version(), row.point());
        }
        var result = new ArrayList<PointAcrossVersions>();
        var parents = new java.util.HashSet<Integer>();
        for (var version : versions.numbered(document.id(), first, last)) {
            var summary = version.summary();
            result.add(new PointAcrossVersions(summary, rows.get(summary.number())));
            if (summary.derivedFrom() != null) {
                parents.add(summary.derivedFrom().number());
            }
        }
        var parentRows = new HashMap<Integer, PointView>(rows);
        parents.removeIf(n -> n >= first && n <= last);
        if (!parents.isEmpty()) {
            for (var row : points.keyInVersions(document.id(), key, parents)) {
                parentRows.put(row.version(), row.point());
            }
        }
        return new PointRows(true, result, parentRows);
    }

    /**
     * The text each key last had in a version numbered below {@code before}: what a partial version's
     * unknown points are still known to say. One query, whatever the number of keys or versions.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> lastTexts(String slug, java.util.Collection<String> keys, int before) {
        var document = documents.get(slug);
        return points.lastTexts(document.id(), keys, before);
    }

    /** The point's row in every version of the document, oldest first; empty rows where a version lacks it. */
    @Transactional(readOnly = true)
    public List<PointAcrossVersions> pointAcrossVersions(String slug, String key) {
        var document = documents.get(slug);
        var rows = new HashMap<Integer, PointView>();
        for (var row : points.keyAcrossVersions(document.id(), key)) {
            rows.put(row.version(), row.point());
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

    /**
     * Checks a document's versions against their own records: numbers 1..n without gaps, and each
     * version's stored points still hashing to the content hash taken when it was recorded.
     *
     * @return what is wrong, empty when all is well
     */
    @Transactional(readOnly = true)
    public List<String> verify(String slug) {
        var document = documents.get(slug);
        var problems = new ArrayList<String>();
        int expected = 1;
        var all = versions.allOf(document.id());
        var pointsByVersion = points.of(all.stream().map(Version::id).toList());
        for (var version : all) {
            if (version.number() != expected) {
                problems.add("version numbers jump from " + (expected - 1) + " to " + version.number());
            }
            expected = version.number() + 1;
            var stored = pointsByVersion.getOrDefault(version.id(), List.of());
            if (!VersionContent.hash(version.summary().partial(), version.knowledge(), stored).equals(version.contentHash())) {
                problems.add("version " + version.number() + ": stored points do not match its content hash");
            }
        }
        int head = heads.latest(document.id());
        if (head != expected - 1) {
            problems.add("the latest version is recorded as " + head + " but the versions run to " + (expected - 1));
        }
        return problems;
    }

    /**
     * The state each key was last stated in (any row but unknown), in recording order: what the audit
     * log must hold as each point's latest state.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, PointView> lastStatedPoints(String slug) {
        var document = documents.get(slug);
        var last = new java.util.HashMap<String, PointView>();
        var all = versions.allOf(document.id());
        var pointsByVersion = points.of(all.stream().map(Version::id).toList());
        for (var version : all) {
            for (var point : pointsByVersion.getOrDefault(version.id(), List.of())) {
                if (point.status() != PointStatus.UNKNOWN) {
                    last.put(point.key(), point);
                }
            }
        }
        return last;
    }

    /** What a keyed draft becomes against its base; throws when the ref or the content is already taken. */
    private Composed compose(DocumentView document, Draft draft) {
        if (draft.ref() != null) {
            requireNotTaken(document, draft.ref(), null);
        }
        var base = resolveBase(document, draft.derivedFrom()).orElse(null);
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

    /** The document's latest version number, after checking it is the one the writer expects. */
    private int checkedLatest(DocumentView document, ExpectedLatest expected) {
        int latest = heads.latest(document.id());
        if (!expected.matches(latest)) {
            throw new LatestVersionMoved(document.slug(), expected.number(),
                    versions.findByDocumentIdAndNumber(document.id(), latest).map(Version::link).orElse(null));
        }
        return latest;
    }

    private static void requireEditor(String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("a version is always recorded or corrected by someone");
        }
    }

    private Optional<Version> resolveBase(DocumentView document, String derivedFrom) {
        if (derivedFrom == null) {
            return latest(document);
        }
        return Optional.of(find(document, derivedFrom).orElseThrow(() -> new DraftRejected("derivedFrom",
                "document '" + document.slug() + "' has no version '" + derivedFrom + "' to derive from")));
    }

    private Optional<Version> latest(DocumentView document) {
        int latest = heads.latest(document.id());
        return latest == 0 ? Optional.empty() : versions.findByDocumentIdAndNumber(document.id(), latest);
    }

    private Optional<Version> find(DocumentView document, String id) {
        if (id != null && id.matches("[0-9]{1,9}")) {
            return versions.findByDocumentIdAndNumber(document.id(), Integer.parseInt(id));
        }
        return versions.findByDocumentIdAndRef(document.id(), id);
    }

    private VersionView view(String slug, Version version) {
        return new VersionView(slug, version.summary(), points.of(version.id()));
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
