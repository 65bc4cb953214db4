package org.redline.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dossiers, their documents and their point links as plain rows: written once, read whole. */
@Repository
class DossierStore {

    record Row(long id, String slug, String title, String description) {
    }

    record MemberRow(long documentId, String role) {
    }

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean any() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single() > 0;
    }

    List<Row> all() {
        return jdbc.sql("select id, slug, title, description from dossier order by slug")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    Optional<Row> find(String slug) {
        return jdbc.sql("select id, slug, title, description from dossier where slug = ?").param(slug)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
    }

    long create(String slug, String title, String description, Instant at) {
        jdbc.sql("insert into dossier (slug, title, description, created_at) values (?, ?, ?, ?)")
                .params(slug, title, description, Timestamp.from(at)).update();
        return find(slug).orElseThrow().id();
    }

    void addDocument(long dossier, long document, int position, String role) {
        jdbc.sql("insert into dossier_document (dossier_id, document_id, position, role) values (?, ?, ?, ?)")
                .params(dossier, document, position, role).update();
    }

    List<MemberRow> members(long dossier) {
        return jdbc.sql("select document_id, role from dossier_document where dossier_id = ? order by position")
                .param(dossier).query((rs, n) -> new MemberRow(rs.getLong(1), rs.getString(2))).list();
    }

    boolean linked(long dossier, long fromDocument, String fromKey, long toDocument, String toKey) {
        return jdbc.sql("""
                select count(*) from point_link where dossier_id = ? and ((from_document_id = ? and from_key = ?
                and to_document_id = ? and to_key = ?) or (from_document_id = ? and from_key = ? and to_document_id = ? and to_key = ?))""")
                .params(dossier, fromDocument, fromKey, toDocument, toKey, toDocument, toKey, fromDocument, fromKey)
                .query(Long.class).single() > 0;
    }

    long insertLink(long dossier, long fromDocument, String fromKey, long toDocument, String toKey, LinkKind kind,
            String reason, String setBy, Instant at) {
        jdbc.sql("""
                insert into point_link (dossier_id, from_document_id, from_key, to_document_id, to_key, kind, reason, set_by, set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossier, fromDocument, fromKey, toDocument, toKey, kind.name(), reason, setBy, Timestamp.from(at)).update();
        return jdbc.sql("select id from point_link where dossier_id = ? and from_document_id = ? and from_key = ? and to_document_id = ? and to_key = ?")
                .params(dossier, fromDocument, fromKey, toDocument, toKey).query(Long.class).single();
    }

    /** The dossier's links in the order they were set, document ids turned into slugs by {@code slugs}. */
    List<PointLink> links(long dossier, Map<Long, String> slugs) {
        return jdbc.sql("""
                select id, from_document_id, from_key, to_document_id, to_key, kind, reason, set_by, set_at
                from point_link where dossier_id = ? order by id""")
                .param(dossier).query((rs, n) -> link(rs, slugs)).list();
    }

    private static PointLink link(ResultSet rs, Map<Long, String> slugs) throws SQLException {
        return new PointLink(rs.getLong(1), new PointRef(slugs.get(rs.getLong(2)), rs.getString(3)),
                new PointRef(slugs.get(rs.getLong(4)), rs.getString(5)), LinkKind.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
