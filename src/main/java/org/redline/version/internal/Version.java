package org.redline.version.internal;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.redline.version.ChangeCounts;
import org.redline.version.Draft;
import org.redline.version.Knowledge;
import org.redline.version.MetadataCorrection;
import org.redline.version.Provenance;
import org.redline.version.Recorder;
import org.redline.version.Source;
import org.redline.version.VersionKind;
import org.redline.version.VersionLink;
import org.redline.version.VersionStatus;
import org.redline.version.VersionSummary;

/** An immutable version of a document: no setters, built once by {@link #record}. */
@Entity
@Table(name = "version")
public class Version {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    /** Null while the version is staged (written, not yet numbered): no read sees it then. */
    private Integer number;

    /** Given with the number: a staged version holds no ref, so it cannot take one from a version being numbered. */
    private String ref;

    @Column(nullable = false)
    private String label;

    @Column(name = "draft_date")
    private LocalDate draftDate;

    @Column(name = "reported_date")
    private LocalDate reportedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status;

    @Column(nullable = false, updatable = false)
    private boolean partial;

    @ManyToOne(fetch = FetchType.LAZY)
    // set again only by rebase, while the version is staged (no number yet, so no read has seen it)
    @JoinColumn(name = "derived_from_id")
    private Version derivedFrom;

    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "original_recorded_by", updatable = false)
    private String originalRecordedBy;

    @Column(name = "original_recorded_at", updatable = false)
    private Instant originalRecordedAt;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Embedded
    private Counts counts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VersionKind kind;

    @Column(name = "reported_point_count", updatable = false)
    private Integer reportedPointCount;

    @Column(nullable = false, updatable = false)
    private boolean uncertain;

    @ElementCollection
    @CollectionTable(name = "version_source", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<SourceColumns> sources = new ArrayList<>();

    // Its points are rows of version_point, written and read by VersionPoints.

    protected Version() {
    }

    /** A staged version: every column but its number and ref, which {@link #number} gives it under the document lock. */
    public static Version staged(long documentId, Draft draft, Version base, ChangeCounts counts, String contentHash, Recorder recorder) {
        var version = new Version();
        version.documentId = documentId;
        version.label = draft.label();
        version.draftDate = draft.draftDate();
        version.reportedDate = draft.reportedDate();
        version.status = draft.status();
        version.partial = draft.partial();
        version.derivedFrom = base;
        version.note = draft.note();
        version.recordedBy = recorder.editor();
        version.recordedAt = recorder.at();
        if (recorder.original() != null) {
            version.originalRecordedBy = recorder.original().recordedBy();
            version.originalRecordedAt = recorder.original().recordedAt();
        }
        version.contentHash = contentHash;
        version.counts = Counts.of(counts);
        version.kind = draft.knowledge().kind();
        version.reportedPointCount = draft.knowledge().reportedPointCount();
        version.uncertain = draft.knowledge().uncertain();
        draft.sources().forEach(source -> version.sources.add(new SourceColumns(source.outlet(), source.url())));
        return version;
    }

    /**
     * Applies a metadata correction: only label, dates, status, sources and note, never content.
     *
     * @return whether anything changed
     */
    public boolean correct(MetadataCorrection correction) {
        var before = summary();
        if (correction.sets(MetadataCorrection.Field.LABEL)) {
            label = correction.label();
        }
        if (correction.sets(MetadataCorrection.Field.DRAFT_DATE)) {
            draftDate = correction.draftDate();
        }
        if (correction.sets(MetadataCorrection.Field.REPORTED_DATE)) {
            reportedDate = correction.reportedDate();
        }
        if (correction.sets(MetadataCorrection.Field.STATUS)) {
            status = correction.status();
        }
        if (correction.sets(MetadataCorrection.Field.NOTE)) {
            note = correction.note();
        }
        if (correction.sets(MetadataCorrection.Field.SOURCES) && !correction.sources().equals(before.sources())) {
            sources.clear();
            correction.sources().forEach(source -> sources.add(new SourceColumns(source.outlet(), source.url())));
        }
        return !summary().equals(before);
    }

    public long id() {
        return id;
    }

    /** Numbers a staged version: it becomes visible when the transaction doing this commits. */
    public void number(int number, String ref) {
        if (this.number != null) {
            throw new IllegalStateException("version " + id + " is numbered already");
        }
        this.number = number;
        this.ref = ref;
    }

    /**
     * Moves a staged version onto a newer base: other writers were numbered after it was staged, and it
     * derives from "latest". Only before it has a number: a numbered version never changes content.
     */
    public void rebase(Version base, ChangeCounts counts, String contentHash) {
        if (this.number != null) {
            throw new IllegalStateException("version " + id + " is numbered already");
        }
        this.derivedFrom = base;
        this.counts = Counts.of(counts);
        this.contentHash = contentHash;
    }

    public int number() {
        return number;
    }

    String ref() {
        return ref;
    }

    long documentId() {
        return documentId;
    }

    public String contentHash() {
        return contentHash;
    }

    public Version derivedFrom() {
        return derivedFrom;
    }

    public VersionLink link() {
        return new VersionLink(number, ref);
    }

    public VersionSummary summary() {
        return new VersionSummary(number, ref, label, draftDate, reportedDate, status, partial,
                derivedFrom == null ? null : derivedFrom.link(),
                sources.stream().map(s -> new Source(s.outlet, s.url)).toList(),
                note, recordedBy, recordedAt, counts.view(), knowledge(),
                originalRecordedBy == null && originalRecordedAt == null ? null : new Provenance(originalRecordedBy, originalRecordedAt));
    }

    public Knowledge knowledge() {
        return new Knowledge(kind, reportedPointCount, uncertain);
    }

    @Embeddable
    static class SourceColumns {
        private String outlet;
        @Column(nullable = false)
        private String url;

        protected SourceColumns() {
        }

        SourceColumns(String outlet, String url) {
            this.outlet = outlet;
            this.url = url;
        }
    }

    @Embeddable
    static class Counts {
        @Column(name = "added_count") private int added;
        @Column(name = "removed_count") private int removed;
        @Column(name = "modified_count") private int modified;
        @Column(name = "renumbered_count") private int renumbered;
        @Column(name = "unchanged_count") private int unchanged;
        @Column(name = "unknown_count") private int unknown;

        protected Counts() {
        }

        static Counts of(ChangeCounts c) {
            var counts = new Counts();
            counts.added = c.added();
            counts.removed = c.removed();
            counts.modified = c.modified();
            counts.renumbered = c.renumbered();
            counts.unchanged = c.unchanged();
            counts.unknown = c.unknown();
            return counts;
        }

        ChangeCounts view() {
            return new ChangeCounts(added, removed, modified, renumbered, unchanged, unknown);
        }
    }
}
