package org.redline.alignment;

import java.util.HashMap;
import java.util.Map;

/**
 * Sentence embeddings of point texts, by text: those read from the store and those computed while
 * aligning, carried from alignment to recording so no text is embedded twice.
 */
public final class TextVectors {

    private final Map<String, float[]> byText = new HashMap<>();
    private final Map<String, float[]> byHash = new HashMap<>();

    TextVectors() {
    }

    synchronized boolean has(String text) {
        return byText.containsKey(text) || byHash.containsKey(EmbeddingStore.hash(text));
    }

    /** The text's vector, embedding it now if neither the store nor this alignment had it. */
    float[] get(String text) {
        synchronized (this) {
            var known = byText.get(text);
            if (known == null) {
                known = byHash.get(EmbeddingStore.hash(text));
            }
            if (known != null) {
                return known;
            }
        }
        var computed = SentenceModel.embed(text);
        put(text, computed);
        return computed;
    }

    synchronized void put(String text, float[] vector) {
        byText.put(text, vector);
    }

    synchronized void putAll(Map<String, float[]> hashed) {
        byHash.putAll(hashed);
    }

    /** A copy holding the same vectors, to align again as if for the first time (the benchmark's). */
    synchronized TextVectors copy() {
        var copy = new TextVectors();
        copy.byText.putAll(byText);
        copy.byHash.putAll(byHash);
        return copy;
    }
}
