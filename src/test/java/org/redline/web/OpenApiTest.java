package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;

/** The API describes itself: every endpoint in /v3/api-docs with a summary, and Swagger UI to browse it. */
class OpenApiTest extends IntegrationTest {

    @Test
    void everyEndpointIsDescribed() {
        var docs = http().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().get("paths");
        var names = new ArrayList<String>();
        paths.propertyNames().forEach(names::add);
        assertThat(names).contains("/api/documents", "/api/documents/{slug}", "/api/documents/{slug}/versions",
                "/api/documents/{slug}/versions/{id}", "/api/documents/{slug}/diff",
                "/api/documents/{slug}/points/{key}/history", "/api/documents/{slug}/changes",
                "/api/documents/{slug}/versions/{id}/blame", "/api/documents/{slug}/search",
                "/api/documents/{slug}/as-of", "/api/documents/{slug}/feed", "/api/documents/{slug}/export/matrix.csv",
                "/api/documents/{slug}/export", "/api/documents/import");
        var undocumented = new ArrayList<String>();
        for (var path : names) {
            paths.get(path).properties().forEach(operation -> {
                var summary = operation.getValue().get("summary");
                if (summary == null || summary.asString().isBlank()) {
                    undocumented.add(operation.getKey().toUpperCase() + " " + path);
                }
            });
        }
        assertThat(undocumented).isEmpty();
        assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
