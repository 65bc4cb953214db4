package org.redline.alignment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calibrated decisions alignment makes: three logistic models, each the probability that a
 * candidate is real given its evidence. {@code continuing}: draft point d continues base point b.
 * {@code merge}: a base point left over was absorbed into a matched draft point. {@code split}: a
 * draft point left over was split off a base point another draft point continues. Their weights are
 * fitted on the labelled corpus in {@code fixtures/alignment} by {@code make align-eval} (which also
 * reports them cross-validated, case by case) and shipped as {@code alignment/model.json}.
 */
record MatchModel(Logistic continuing, Logistic merge, Logistic split) {

    static final String RESOURCE = "/alignment/model.json";

    /**
     * One logistic model: {@code p = 1 / (1 + exp(-(intercept + weights · features)))}, and the
     * probability from which its candidate is taken: 0.5 for the pair decision (more likely than not,
     * inside the assignment); for merges and splits, rare among the candidates weighed, the cut that
     * gave the best F1 on the training cases.
     */
    record Logistic(List<String> features, double[] weights, double intercept, double threshold) {

        Logistic(List<String> features, double[] weights, double intercept) {
            this(features, weights, intercept, 0.5);
        }

        Logistic {
            features = List.copyOf(features);
            if (weights.length != features.size()) {
                throw new IllegalArgumentException("a weight for each of " + features + ", got " + weights.length);
            }
        }

        double probability(double[] x) {
            double z = intercept;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }

        boolean accepts(double[] x) {
            return probability(x) >= threshold;
        }
    }

    static MatchModel shipped() {
        try (InputStream in = MatchModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MatchModel read(byte[] json) {
        var node = JsonMapper.shared().readTree(json);
        return new MatchModel(logistic(node.get("continuing")), logistic(node.get("merge")), logistic(node.get("split")));
    }

    private static Logistic logistic(tools.jackson.databind.JsonNode node) {
        var features = node.get("features").valueStream().map(tools.jackson.databind.JsonNode::asString).toList();
        var weights = node.get("weights").valueStream().mapToDouble(tools.jackson.databind.JsonNode::asDouble).toArray();
        return new Logistic(features, weights, node.get("intercept").asDouble(), node.path("threshold").asDouble(0.5));
    }
}
