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
        static final EmbeddingModel MODEL = load();

        /**
         * LangChain4j finds the model file through the thread's context class loader. In the packaged
         * jar, a thread of the common fork-join pool (where parallel embedding runs) has the system
         * class loader, which cannot see inside the nested jars: load with this class's own loader.
         */
        private static EmbeddingModel load() {
            var thread = Thread.currentThread();
            var previous = thread.getContextClassLoader();
            thread.setContextClassLoader(SentenceModel.class.getClassLoader());
            try {
                return new AllMiniLmL6V2QuantizedEmbeddingModel();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** Loads the model now, so the first draft does not wait for it and a broken install shows at start. */
    static void load() {
        embed("Redline");
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
