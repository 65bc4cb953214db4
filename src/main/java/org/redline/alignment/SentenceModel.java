package org.redline.alignment;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

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
    /** EXPERIMENT (issue 12 session 7): minilm, e5, or both (the two vectors side by side). */
    static final String KIND = System.getProperty("redline.meaning", "minilm");
    static final String ID = switch (KIND) {
        case "e5" -> "e5-small-v2-q";
        case "both" -> "all-minilm-l6-v2-q+e5-small-v2-q";
        default -> "all-minilm-l6-v2-q";
    };
    static final int DIMENSIONS = KIND.equals("both") ? 768 : 384;

    private SentenceModel() {
    }

    private static final class Holder {
        static final EmbeddingModel MODEL = KIND.equals("e5") ? null : load();
        static final EmbeddingModel E5 = KIND.equals("minilm") ? null : loadE5();

        private static EmbeddingModel loadE5() {
            var thread = Thread.currentThread();
            var previous = thread.getContextClassLoader();
            thread.setContextClassLoader(SentenceModel.class.getClassLoader());
            try {
                return new E5SmallV2QuantizedEmbeddingModel();
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

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
        var t = text.isBlank() ? "." : text;
        if (KIND.equals("minilm")) {
            return Holder.MODEL.embed(t).content().vector();
        }
        // e5 was trained with a prefix; "query: " on both sides for symmetric similarity
        var e5 = Holder.E5.embed("query: " + t).content().vector();
        if (KIND.equals("e5")) {
            return e5;
        }
        var mini = Holder.MODEL.embed(t).content().vector();
        var both = new float[768];
        float scale = (float) Math.sqrt(0.5);
        for (int k = 0; k < 384; k++) {
            both[k] = mini[k] * scale;
            both[384 + k] = e5[k] * scale;
        }
        return both;
    }

    /** The cosine of one model's half of two side-by-side vectors (part 0: MiniLM, 1: e5). */
    static double part(float[] a, float[] b, int part) {
        double sum = 0;
        for (int i = part * 384; i < part * 384 + 384; i++) {
            sum += a[i] * b[i];
        }
        return 2 * sum;
    }

    static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
