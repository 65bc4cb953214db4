package org.redline.alignment;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The sentence-embedding model alignment reads meaning with: all-MiniLM-L6-v2 (int8 ONNX), run
 * in-process from the model LangChain4j ships inside its jar, so nothing is fetched at run time.
 * Vectors are 384 floats of unit length: their dot product is their cosine.
 *
 * <p>Loaded once per JVM on first use (a second or two), whichever Spring context asks, and shared:
 * the ONNX session is thread-safe. Texts are embedded one at a time, never in padded batches, which
 * change int8 vectors.
 */
final class SentenceModel {

    /** Names the model in stored vectors, so a different model never reads another's vectors. */
    static final String ID = "all-minilm-l6-v2-q";
    static final int DIMENSIONS = 384;

    private SentenceModel() {
    }

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    static float[] embed(String text) {
        return Holder.MODEL.embed(text.isBlank() ? "." : text).content().vector();
    }

    static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
