package org.redline.alignment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored sentence embeddings of a document's point texts, by a hash of the model and the text.
 * Read in one query joined to the primary key; written in one batch, after the
 * recording commits (outside the document lock).
 */
@Repository
class EmbeddingStore {

    private final JdbcTemplate jdbc;

    EmbeddingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored vectors of these hashes. The hashes go as one array joined to the primary key, so each costs
     * one index probe: IN lists of 500 made H2 test every one of the document's rows against each list (a
     * 20,000-point base took a minute to read, for every draft aligned against it).
     */
    Map<String, float[]> find(String document, Collection<String> hashes) {
        var found = new HashMap<String, float[]>();
        if (hashes.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select e.text_hash, e.vector from unnest(?) as wanted(text_hash)"
                    + " join point_embedding e on e.text_hash = wanted.text_hash where e.document_slug = ?");
            statement.setArray(1, connection.createArrayOf("VARCHAR", hashes.toArray()));
            statement.setString(2, document);
            return statement;
        }, rs -> {
            found.put(rs.getString(1).trim(), decode(rs.getBytes(2)));
        });
        return found;
    }

    /** Stores the vectors the document does not hold yet. */
    void saveMissing(String document, Map<String, float[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        var known = find(document, vectors.keySet()).keySet();
        List<Object[]> rows = new ArrayList<>();
        vectors.forEach((hash, vector) -> {
            if (!known.contains(hash)) {
                rows.add(new Object[] {document, hash, encode(vector)});
            }
        });
        jdbc.batchUpdate("insert into point_embedding (document_slug, text_hash, vector) values (?, ?, ?)", rows);
    }

    static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(SentenceModel.ID.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static byte[] encode(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] decode(byte[] bytes) {
        var vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        return vector;
    }
}
