package org.redline.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redline.document.Documents;
import org.redline.version.internal.CatalogueEntry;
import org.redline.version.internal.CataloguePage;
import org.redline.version.internal.DocumentTimeline;
import org.redline.version.internal.PointTally;
import org.redline.version.internal.Version;
import org.redline.version.internal.VersionHeads;
import org.redline.version.internal.VersionLookup;
import org.redline.version.internal.VersionPoints;
import org.redline.version.internal.VersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which versions a document has: its catalogue entry, timeline pages, the latest, one version, its ancestry. */
@Service
public class VersionTimeline {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionPoints points;
    private final VersionHeads heads;
    private final VersionLookup lookup;

    VersionTimeline(Documents documents, VersionRepository versions, VersionPoints points, VersionHeads heads,
            VersionLookup lookup) {
        this.documents = documents;
        this.versions = versions;
        this.points = points;
        this.heads = heads;
        this.lookup = lookup;
    }

    /**
     * One page of the documents, in slug order, each with its latest version (null when it has none):
     * a page's rows and one latest version per document on it, however many documents there are.
     */
    @Transactional(readOnly = true)
    public CataloguePage catalogue(int page, int size) {
        var documentsPage = documents.page(page, size);
        var entries = documentsPage.getContent().stream()
                .map(d -> new CatalogueEntry(d, lookup.latest(d).map(Version::summary).orElse(null))).toList();
        return new CataloguePage(entries, page, size, documentsPage.getTotalElements(),
                VersionPointsPage.pages(documentsPage.getTotalElements(), size));
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
        var version = lookup.find(document, id).orElseThrow(() -> new VersionNotFound(slug, id));
        var chain = new ArrayList<VersionView>();
        for (var step = version; step != null; step = step.derivedFrom()) {
            chain.add(lookup.view(slug, step));
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

    /** The version a draft would derive from: the one it names, else the latest; empty for a new document. */
    @Transactional(readOnly = true)
    public Optional<VersionView> base(String slug, String derivedFrom) {
        var document = documents.get(slug);
        return lookup.resolveBase(document, derivedFrom).map(v -> lookup.view(slug, v));
    }

    @Transactional(readOnly = true)
    public VersionView get(String slug, String id) {
        var document = documents.get(slug);
        return lookup.find(document, id).map(v -> lookup.view(slug, v)).orElseThrow(() -> new VersionNotFound(slug, id));
    }

    /**
     * A page of a version's points: reads that page's rows and a count, so a page of a 20,000-point
     * version costs what a page costs. Past the last page, no points.
     */
    @Transactional(readOnly = true)
    public VersionPointsPage pointsPage(String slug, String id, int page, int size) {
        var document = documents.get(slug);
        var version = lookup.find(document, id).orElseThrow(() -> new VersionNotFound(slug, id));
        int total = points.count(version.id());
        long offset = (long) page * size;
        var shown = offset >= total ? List.<PointView>of() : points.of(version.id(), offset, size);
        return new VersionPointsPage(slug, version.summary(), shown, page, size, total,
                VersionPointsPage.pages(total, size));
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
        return lookup.latest(document).map(Version::summary);
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
}
