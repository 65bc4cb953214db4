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
 * Read in chunks of a few hundred hashes (one indexed query each); written in one batch, after the
 * recording commits (outside the document lock).
 */
@Repository
class EmbeddingStore {

    private static final int CHUNK = 500;
    private final JdbcTemplate jdbc;

    EmbeddingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, float[]> find(String document, Collection<String> hashes) {
        var found = new HashMap<String, float[]>();
        var all = new ArrayList<>(hashes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            var chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            var args = new ArrayList<Object>();
            args.add(document);
            args.addAll(chunk);
            var marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select text_hash, vector from point_embedding where document_slug = ? and text_hash in (" + marks + ")",
                    rs -> {
                        found.put(rs.getString(1).trim(), decode(rs.getBytes(2)));
                    }, args.toArray());
        }
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
