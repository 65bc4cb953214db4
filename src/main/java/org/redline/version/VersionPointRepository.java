package org.redline.version;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VersionPointRepository extends JpaRepository<VersionPoint, Long> {

    /** Rows of one key across a document's versions: [version number, point]. */
    @Query("""
            select v.number, p from Version v join v.points p
            where v.documentId = :documentId and p.key = :key
            order by v.number""")
    List<Object[]> keyAcrossVersions(long documentId, String key);

    /** The same, for versions numbered first..last only. */
    @Query("""
            select v.number, p from Version v join v.points p
            where v.documentId = :documentId and p.key = :key and v.number between :first and :last
            order by v.number""")
    List<Object[]> keyInVersions(long documentId, String key, int first, int last);

    /** The same, for the given version numbers (the parents of a page of versions). */
    @Query("""
            select v.number, p from Version v join v.points p
            where v.documentId = :documentId and p.key = :key and v.number in :numbers""")
    List<Object[]> keyInVersions(long documentId, String key, java.util.Collection<Integer> numbers);

    @Query(value = """
            select 1 from version_point p join version v on v.id = p.version_id
            where v.document_id = :documentId and p.point_key = :key fetch first 1 rows only""", nativeQuery = true)
    List<Integer> anyRowOf(long documentId, String key);

    /** Rows whose text contains a phrase (a LIKE pattern, lower case, '\\' escaping): [version number, point]. */
    @Query("""
            select v.number, p from Version v join v.points p
            where v.documentId = :documentId and lower(p.text) like :pattern escape '\\'
            and (:category is null or lower(p.category) = :category)
            and (:status is null or p.status = :status)
            order by v.number, p.position""")
    List<Object[]> textContaining(long documentId, String pattern, String category, PointStatus status);
    /** How many points each version of a document holds in each status: [version number, status, count]. */
    @Query("""
            select v.number, p.status, count(p) from Version v join v.points p
            where v.documentId = :documentId
            group by v.number, p.status""")
    List<Object[]> statusCounts(long documentId);
}
