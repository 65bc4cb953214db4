package org.redline.history.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Javers commits that recorded each version (table audit_commit; one, or one per
 * {@value AuditTrail#POINTS_PER_COMMIT} changed points), written in the audit's transaction. Lets a reader ask Javers for the changes of a range of versions by commit id.
 */
@Repository
public class AuditCommits {

    private final JdbcClient jdbc;

    AuditCommits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String document, int version, BigDecimal commitId) {
        jdbc.sql("insert into audit_commit (document_slug, version_number, commit_id) values (?, ?, ?)")
                .params(document, version, commitId).update();
    }

    /** The commits that recorded versions first..last of a document. */
    public List<BigDecimal> ofVersions(String document, int first, int last) {
        return jdbc.sql("select commit_id from audit_commit where document_slug = ? and version_number between ? and ?")
                .params(document, first, last).query(BigDecimal.class).list();
    }

    public int count(String document) {
        return jdbc.sql("select count(distinct version_number) from audit_commit where document_slug = ?").param(document)
                .query(Integer.class).single();
    }
}
