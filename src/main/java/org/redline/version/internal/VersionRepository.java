package org.redline.version.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The version rows. Every query that does not name a number skips staged versions ({@code number is null}:
 * written, not yet numbered, see VersionRecording); a query naming a number or a ref skips them by itself,
 * since a staged version has neither.
 */
public interface VersionRepository extends JpaRepository<Version, Long> {

    Optional<Version> findByDocumentIdAndNumber(long documentId, int number);

    /**
     * A staged version, locked until the transaction ends: numbering it and discarding it (StagedVersions)
     * take the same row lock, so neither acts on a row the other is changing. Empty once it is gone or numbered.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Version v where v.id = :id and v.number is null")
    Optional<Version> lockStaged(long id);

    Optional<Version> findByDocumentIdAndRef(long documentId, String ref);

    boolean existsByDocumentIdAndRef(long documentId, String ref);

    @Query("select v from Version v where v.documentId = :documentId and v.contentHash = :contentHash and v.number is not null")
    List<Version> findByDocumentIdAndContentHash(long documentId, String contentHash);

    @Query("""
            select v from Version v left join fetch v.derivedFrom
            where v.documentId = :documentId and v.number is not null order by v.number""")
    List<Version> allOf(long documentId);

    /** Versions numbered first..last: numbers are gap-free, so a page is an index range, never an offset scan. */
    @Query("""
            select v from Version v left join fetch v.derivedFrom
            where v.documentId = :documentId and v.number between :first and :last order by v.number""")
    List<Version> numbered(long documentId, int first, int last);

    @Query("""
            select v from Version v where v.documentId = :documentId and v.draftDate <= :date and v.number is not null
            order by v.draftDate desc, v.number desc limit 1""")
    Optional<Version> inForceByDraftDate(long documentId, java.time.LocalDate date);

    @Query("""
            select v from Version v where v.documentId = :documentId and v.reportedDate <= :date and v.number is not null
            order by v.reportedDate desc, v.number desc limit 1""")
    Optional<Version> inForceByReportedDate(long documentId, java.time.LocalDate date);
}
