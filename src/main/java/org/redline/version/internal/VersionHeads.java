package org.redline.version.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each document's latest version number (table version_head). Written with each version, under the
 * document lock, so it always equals the highest number; reading it is one row where max(number)
 * would read every version of the document.
 */
@Repository
public class VersionHeads {

    private final JdbcClient jdbc;

    VersionHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version number, 0 when the document has none. */
    public int latest(long documentId) {
        return jdbc.sql("select latest_number from version_head where document_id = ?").param(documentId)
                .query(Integer.class).optional().orElse(0);
    }

    /** Moves the head to a newly recorded version: number 1 creates it. */
    public void advance(long documentId, int number) {
        int updated = jdbc.sql("update version_head set latest_number = ?, revision = revision + 1 where document_id = ? and latest_number = ?")
                .params(number, documentId, number - 1).update();
        if (updated == 0) {
            if (number != 1) {
                throw new IllegalStateException("version_head of document " + documentId + " is not at " + (number - 1));
            }
            jdbc.sql("insert into version_head (document_id, latest_number, revision) values (?, 1, 1)").param(documentId).update();
        }
    }

    /** Marks a change readers can see that is not a new version (a metadata correction). */
    public void touch(long documentId) {
        jdbc.sql("update version_head set revision = revision + 1 where document_id = ?").param(documentId).update();
    }

    /** The document's revision (0 before its first version), empty when there is no such document. */
    public java.util.OptionalLong revision(String slug) {
        return jdbc.sql("select coalesce(h.revision, 0) from document d left join version_head h on h.document_id = d.id "
                + "where d.slug = ?").param(slug).query(Long.class).optional()
                .map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }
}
