package org.redline.history.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The fingerprint of the state Javers last recorded for each point of a document. Lets a new version
 * find its changed points with one indexed read, instead of asking Javers for every point's snapshot.
 * Written in the recording transaction, under the document lock, so it never drifts from Javers.
 */
@Repository
class PointHeads {

    private final JdbcTemplate jdbc;

    PointHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> of(String document) {
        var heads = new HashMap<String, String>();
        jdbc.query("select point_key, state_hash from point_head where document_slug = ?",
                rs -> {
                    heads.put(rs.getString(1), rs.getString(2));
                }, document);
        return heads;
    }

    void save(String document, Map<String, String> changed, Map<String, String> known) {
        var updates = new ArrayList<Object[]>();
        var inserts = new ArrayList<Object[]>();
        changed.forEach((key, hash) -> {
            if (known.containsKey(key)) {
                updates.add(new Object[] {hash, document, key});
            } else {
                inserts.add(new Object[] {document, key, hash});
            }
        });
        // one batch each, not a statement per point
        jdbc.batchUpdate("update point_head set state_hash = ? where document_slug = ? and point_key = ?", updates);
        jdbc.batchUpdate("insert into point_head (document_slug, point_key, state_hash) values (?, ?, ?)", inserts);
    }

    static String fingerprint(PointAudit point) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(point.stateFingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
