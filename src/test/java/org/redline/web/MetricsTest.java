package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;

/** Prometheus scrapes request, lock, alignment and diff timings (issue 13). */
class MetricsTest extends IntegrationTest {

    @Test
    void prometheusSeesRequestsLockWaitsAlignmentAndDiffs() {
        assertThat(http().get("/api/documents/peace-plan/diff?from=1&to=3").status()).isEqualTo(200);
        var scrape = http().get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("http_server_requests_seconds_bucket{")
                .contains("redline_document_lock_wait_seconds_count")
                .contains("redline_document_lock_held_seconds_count")
                .contains("redline_alignment_seconds_count")
                .containsPattern("redline_diff_seconds_count(\\{[^}]*\\})? [1-9]");
    }
}
