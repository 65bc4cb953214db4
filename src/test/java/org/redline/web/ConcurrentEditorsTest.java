package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redline.history.History;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many editors recording at once, some from a fresh view of the document and some from a stale one:
 * versions stay numbered 1..n without gaps or duplicates, every acknowledged write is there, every
 * stale write is refused, and the audit log has exactly one commit per version.
 */
class ConcurrentEditorsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    History history;

    @Test
    void concurrentFreshAndStaleWritesKeepNumbersGapFree() throws Exception {
        var slug = "race-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        var versions = "/api/documents/" + slug + "/versions";
        int threads = 8;
        int attemptsEach = 6;
        var acknowledged = Collections.synchronizedList(new ArrayList<String>());
        var statuses = Collections.synchronizedList(new ArrayList<Integer>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                start.await();
                for (int attempt = 0; attempt < attemptsEach; attempt++) {
                    var ref = "t" + thread + "-a" + attempt;
                    var etag = http().get("/api/documents/" + slug).header("ETag");
                    var ifMatch = (thread + attempt) % 3 == 0 ? "\"v0\"" : etag;
                    var body = "{\"id\": \"" + ref + "\", \"label\": \"" + ref + "\", \"points\": [{\"number\": 1, "
                            + "\"category\": \"Ceasefire\", \"text\": \"Draft " + ref + " of the ceasefire.\"}]}";
                    var response = editor().post(versions, "application/json", body, "If-Match", ifMatch);
                    statuses.add(response.status());
                    if (response.status() == 201) {
                        acknowledged.add(ref);
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        assertThat(statuses).hasSize(threads * attemptsEach).allMatch(s -> s == 201 || s == 412);
        assertThat(acknowledged).isNotEmpty();
        List<Integer> numbers = jdbc.sql("""
                select v.number from version v join document d on d.id = v.document_id where d.slug = ? order by v.number""")
                .param(slug).query(Integer.class).list();
        assertThat(numbers).hasSize(acknowledged.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
        var refs = jdbc.sql("select v.ref from version v join document d on d.id = v.document_id where d.slug = ?")
                .param(slug).query(String.class).list();
        assertThat(refs).containsExactlyInAnyOrderElementsOf(acknowledged);
        var report = history.verify(slug);
        assertThat(report.problems()).isEmpty();
        assertThat(report.auditCommits()).isEqualTo(acknowledged.size());
    }
}
