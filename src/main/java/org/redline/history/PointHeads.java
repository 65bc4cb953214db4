package org.redline.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The fingerprint of the state Javers last recorded for each point of a document. Lets a new version
 * find its changed points with one indexed read, instead of asking Javers for every point's snapshot.
 * Written in the recording transaction, under the document lock, so it never drifts from Javers.
 */
@Repository
class PointHeads {

    private final JdbcClient jdbc;

    PointHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> of(String document) {
        var heads = new HashMap<String, String>();
        jdbc.sql("select point_key, state_hash from point_head where document_slug = ?")
                .param(document)
                .query((rs, n) -> heads.put(rs.getString(1), rs.getString(2)))
                .list();
        return heads;
    }

    void save(String document, Map<String, String> changed, Map<String, String> known) {
        changed.forEach((key, hash) -> {
            if (known.containsKey(key)) {
                jdbc.sql("update point_head set state_hash = ? where document_slug = ? and point_key = ?")
                        .params(hash, document, key).update();
            } else {
                jdbc.sql("insert into point_head (document_slug, point_key, state_hash) values (?, ?, ?)")
                        .params(document, key, hash).update();
            }
        });
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
