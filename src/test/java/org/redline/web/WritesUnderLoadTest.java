package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redline.document.Documents;
import org.redline.history.History;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes that meet other writes (issue 13): they wait their turn, or get an answer a client can act
 * on (503 with Retry-After, 409 for a lost race to create), never a 500; numbers stay gap-free.
 */
class WritesUnderLoadTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    History history;

    @Autowired
    Documents documents;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    javax.sql.DataSource dataSource;

    @Value("${redline.write.lock-wait:15s}")
    Duration lockWait;

    private String newDocument(String prefix) {
        var slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        assertThat(created.status()).isEqualTo(201);
        return slug;
    }

    private static String draft(String ref, int points, String wording) {
        var body = new StringBuilder("{\"id\": \"" + ref + "\", \"label\": \"" + ref + "\", \"points\": [");
        for (int i = 1; i <= points; i++) {
            body.append(i == 1 ? "" : ", ").append("{\"number\": ").append(i).append(", \"category\": \"Part ")
                    .append(i / 100 + 1).append("\", \"text\": \"Point ").append(i).append(' ').append(wording)
                    .append(" clause about item ").append(i * 7919 % 10007).append(".\"}");
        }
        return body.append("]}").toString();
    }

    @Test
    void aWriterThatCannotGetTheLockInTimeGets503WithRetryAfterAndNothingIsWritten() throws Exception {
        var slug = newDocument("busy");
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = Executors.newSingleThreadExecutor();
        var holding = holder.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            documents.lockForNewVersion(slug);
            held.countDown();
            try {
                release.await(lockWait.toSeconds() + 60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            var response = editor().post("/api/documents/" + slug + "/versions", "application/json", draft("blocked", 3, "first"));
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Retry-After")).matches("[0-9]+");
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("/problems/document-busy");
        } finally {
            release.countDown();
            holding.get(60, TimeUnit.SECONDS);
            holder.shutdown();
        }
        assertThat(http().get("/api/documents/" + slug + "/versions").json().get("totalItems").asInt()).isZero();
        var retried = editor().post("/api/documents/" + slug + "/versions", "application/json", draft("blocked", 3, "first"));
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
    }

    @Test
    void aWriterThatFindsNoDatabaseConnectionFreeGets503WithRetryAfterAndNothingIsWritten() throws Exception {
        var slug = newDocument("pool");
        var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        var held = new ArrayList<java.sql.Connection>();
        try {
            // every connection of the pool taken, as by more writers waiting for a lock than the pool holds
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            var response = editor().post("/api/documents/" + slug + "/versions", "application/json", draft("starved", 3, "first"));
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.header("Retry-After")).matches("[0-9]+");
            assertThat(response.contentType()).startsWith("application/problem+json");
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        assertThat(http().get("/api/documents/" + slug + "/versions").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void sixteenWritersAndARewriteOfEveryPointAllLandWithGapFreeNumbers() throws Exception {
        int points = 2_000;
        var slug = newDocument("load");
        var versions = "/api/documents/" + slug + "/versions";
        var first = editor().post(versions, "application/json", draft("base", points, "as first drafted"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        var statuses = Collections.synchronizedList(new ArrayList<Integer>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(18);
        var tasks = new ArrayList<Callable<Void>>();
        tasks.add(() -> post(start, statuses, versions, draft("rewrite", points, "as rewritten in full")));
        // a metadata correction among them: its audit commit must follow the recordings' (audited after their commits)
        tasks.add(() -> {
            start.await();
            var response = editor().patch(versions + "/1", "application/json",
                    "{\"label\": \"base, corrected\", \"reason\": \"label fixed under load\"}");
            statuses.add(response.status());
            assertThat(response.status()).as(response.body()).isLessThan(500);
            return null;
        });
        for (int w = 0; w < 16; w++) {
            var body = "{\"id\": \"w" + w + "\", \"label\": \"w" + w + "\", \"partial\": true, \"points\": [{\"number\": "
                    + (w + 1) + ", \"text\": \"Point " + (w + 1) + " as writer " + w + " words it.\"}]}";
            tasks.add(() -> post(start, statuses, versions, body));
        }
        var futures = tasks.stream().map(pool::submit).toList();
        start.countDown();
        for (var future : futures) {
            future.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(statuses).hasSize(18).allMatch(s -> s == 201 || s == 200);
        List<Integer> numbers = jdbc.sql("""
                select v.number from version v join document d on d.id = v.document_id where d.slug = ? order by v.number""")
                .param(slug).query(Integer.class).list();
        assertThat(numbers).hasSize(18);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
        // the audit log, drained after the writes (a read of it waits for the drain), holds every version in order
        var rewrite = jdbc.sql("""
                select v.number from version v join document d on d.id = v.document_id where d.slug = ? and v.ref = 'rewrite'""")
                .param(slug).query(Integer.class).single();
        var rewritten = http().get("/api/documents/" + slug + "/changes?version=" + rewrite + "&size=100").json();
        assertThat(rewritten.get("items")).isNotEmpty();
        assertThat(rewritten.get("hasNext").asBoolean()).isTrue();
        assertThat(history.corrections(slug, 1)).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("label fixed under load"));
        var report = history.verify(slug);
        assertThat(report.problems()).isEmpty();
        assertThat(report.auditCommits()).isEqualTo(18);
    }

    private Void post(CountDownLatch start, List<Integer> statuses, String path, String body) throws InterruptedException {
        start.await();
        var response = editor().post(path, "application/json", body);
        statuses.add(response.status());
        assertThat(response.status()).as(response.body()).isLessThan(500);
        return null;
    }

    @Test
    void concurrentImportsOfOneHistoryCreateItOnceAndTheOthersGet409() throws Exception {
        var slug = "imported-" + UUID.randomUUID().toString().substring(0, 8);
        var file = http().get("/api/documents/peace-plan/export").body()
                .replace("\"slug\":\"peace-plan\"", "\"slug\":\"" + slug + "\"");
        var statuses = Collections.synchronizedList(new ArrayList<Integer>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        var futures = new ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < 6; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                var response = editor().post("/api/documents/import", "application/json", file);
                statuses.add(response.status());
                return null;
            }));
        }
        start.countDown();
        for (var future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(statuses).hasSize(6).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(history.verify(slug).problems()).isEmpty();
    }

}
