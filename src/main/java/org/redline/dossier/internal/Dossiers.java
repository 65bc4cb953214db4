package org.redline.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.redline.version.PointReads;
import org.redline.version.VersionSummary;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier feature's one entry: related documents read together on one dated timeline, and links
 * between their points that editors set, each with a reason and the editor's name.
 */
@Service
public class Dossiers {

    /** Where a version stands on a dated timeline: undated versions last, then by document and number. */
    private static final Comparator<DossierView.DatedVersion> BY_DATE = Comparator
            .comparing(DossierView.DatedVersion::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DossierView.DatedVersion::document)
            .thenComparing(d -> d.version().number());

    private final DossierStore store;
    private final Documents documents;
    private final VersionTimeline versions;
    private final PointReads pointReads;
    private final Clock clock;

    Dossiers(DossierStore store, Documents documents, VersionTimeline versions, PointReads pointReads, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.versions = versions;
        this.pointReads = pointReads;
        this.clock = clock;
    }

    /** A document and its role in a new dossier. */
    public record Membership(String document, String role) {
    }

    /** Creates a dossier of existing documents. */
    @Transactional
    public String create(String slug, String title, String description, List<Membership> members) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 100) {
            throw new InvalidLink("slug", "must be lowercase letters, digits and single hyphens (at most 100)");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidLink("title", "is required");
        }
        if (store.find(slug).isPresent()) {
            throw new InvalidLink("slug", "dossier '" + slug + "' exists already");
        }
        long id = store.create(slug, title.strip(), description, clock.instant());
        for (int i = 0; i < members.size(); i++) {
            store.addDocument(id, documents.get(members.get(i).document()).id(), i, members.get(i).role());
        }
        return slug;
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return store.any();
    }

    /** Every dossier, without its timeline: slug, title, description and its documents. */
    @Transactional(readOnly = true)
    public List<DossierView> all() {
        return store.all().stream().map(row -> new DossierView(row.slug(), row.title(), row.description(),
                members(row), List.of(), List.of())).toList();
    }

    @Transactional(readOnly = true)
    public DossierView get(String slug) {
        var row = store.find(slug).orElseThrow(() -> new DossierNotFound(slug));
        var members = members(row);
        var timeline = new ArrayList<DossierView.DatedVersion>();
        for (var member : members) {
            for (var version : versions.all(member.slug())) {
                timeline.add(new DossierView.DatedVersion(member.slug(), dateOf(version), version));
            }
        }
        timeline.sort(BY_DATE);
        return new DossierView(row.slug(), row.title(), row.description(), members, timeline, store.links(row.id(), slugs(row)));
    }

    /**
     * Links two points of the dossier's documents. Both documents must belong to the dossier and both
     * keys must exist in some version of their document; a link is set once (in either direction).
     */
    @Transactional
    public PointLink link(String slug, NewPointLink link, String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("a link is always set by someone");
        }
        var row = store.find(slug).orElseThrow(() -> new DossierNotFound(slug));
        var slugs = slugs(row);
        long from = memberId(slugs, link.from(), "from");
        long to = memberId(slugs, link.to(), "to");
        if (store.linked(row.id(), from, link.from().key(), to, link.to().key())) {
            throw new InvalidLink("to", "these two points are linked already");
        }
        long id = store.insertLink(row.id(), from, link.from().key(), to, link.to().key(), link.linkKind(), link.reason(),
                editor.strip(), clock.instant());
        return store.links(row.id(), slugs).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    /**
     * A point and every point linked to it (directly or through other links), across all versions of
     * their documents, in date order: one point compared across documents and versions side by side.
     */
    @Transactional(readOnly = true)
    public PointAcrossDocuments point(String slug, PointRef asked) {
        var row = store.find(slug).orElseThrow(() -> new DossierNotFound(slug));
        var slugs = slugs(row);
        memberId(slugs, asked, "document");
        var links = store.links(row.id(), slugs);
        var reached = new LinkedHashSet<PointRef>();
        reached.add(asked);
        var used = new ArrayList<PointLink>();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (var link : links) {
                if (!used.contains(link) && (reached.contains(link.from()) || reached.contains(link.to()))) {
                    used.add(link);
                    grew |= reached.add(link.from()) | reached.add(link.to());
                }
            }
        }
        var rows = new ArrayList<PointAcrossDocuments.Row>();
        for (var point : reached) {
            for (var state : pointReads.pointAcrossVersions(point.document(), point.key())) {
                rows.add(new PointAcrossDocuments.Row(point, dateOf(state.version()), state.version(), state.point()));
            }
        }
        rows.sort(Comparator.comparing(PointAcrossDocuments.Row::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.point().document()).thenComparing(r -> r.version().number()));
        return new PointAcrossDocuments(asked, List.copyOf(reached), used, rows);
    }

    /** The draft date, else the reported date: the date a reader places a version at. */
    static LocalDate dateOf(VersionSummary version) {
        return version.draftDate() != null ? version.draftDate() : version.reportedDate();
    }

    private long memberId(Map<Long, String> slugs, PointRef point, String field) {
        var id = slugs.entrySet().stream().filter(e -> e.getValue().equals(point.document())).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new InvalidLink(field + ".document",
                        "document '" + point.document() + "' is not part of this dossier"));
        if (pointReads.pointAcrossVersions(point.document(), point.key()).isEmpty()) {
            throw new InvalidLink(field + ".key", "document '" + point.document() + "' has no point '" + point.key() + "' in any version");
        }
        return id;
    }

    private Map<Long, String> slugs(DossierStore.Row row) {
        var slugs = new HashMap<Long, String>();
        for (var member : store.members(row.id())) {
            slugs.put(member.documentId(), documentById(member.documentId()).slug());
        }
        return slugs;
    }

    private List<DossierView.Member> members(DossierStore.Row row) {
        var result = new ArrayList<DossierView.Member>();
        for (var member : store.members(row.id())) {
            var document = documentById(member.documentId());
            var all = versions.all(document.slug());
            result.add(new DossierView.Member(document.slug(), document.title(), document.description(), member.role(),
                    all.size(), all.isEmpty() ? null : all.get(all.size() - 1)));
        }
        return result;
    }

    private DocumentView documentById(long id) {
        return documents.all().stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new IllegalStateException("dossier names a document that is gone: " + id));
    }
}
