package org.redline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.redline.testing.Http;
import org.redline.testing.TestDatabase;

/**
 * Starts the packaged service, records versions under load, kills it with SIGKILL mid-write, restarts
 * it, and checks that every acknowledged version survived and that {@code make check-data} passes.
 */
class CrashSafetyIT {

    private static final int KILLS = 2;

    @Test
    void acknowledgedWritesSurviveKillNineOnTheH2FileDatabase() throws Exception {
        var dataDir = Path.of("target", "crash-h2", UUID.randomUUID().toString()).toAbsolutePath();
        crashAndCheck("h2", List.of("--redline.data-dir=" + dataDir));
    }

    @Test
    void acknowledgedWritesSurviveKillNineOnPostgres() throws Exception {
        Assumptions.assumeTrue(PostgresServer.reachable(), "PostgreSQL is not answering on 127.0.0.1:5432");
        var url = TestDatabase.createPostgresDatabase();
        crashAndCheck("postgres", List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
    }

    private void crashAndCheck(String name, List<String> database) throws Exception {
        var acknowledged = Collections.synchronizedList(new ArrayList<String>());
        var slug = "crash-" + name;
        for (int round = 0; round < KILLS; round++) {
            // the first start of the H2 run, on an empty database (migrations, fixtures), is the packaged jar as make run starts it
            var app = round == 0 && name.equals("h2") ? AppProcess.startPackagedJar(name + "-" + round, database)
                    : AppProcess.start(name + "-" + round, database);
            var editor = new Http(app.base()).withBasic("ops-editor", AppProcess.EDITOR_PASSWORD).withDefaultIfMatch("*");
            if (round == 0) {
                assertThat(editor.post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}").status())
                        .isEqualTo(201);
            }
            writeUntilKilled(app, editor, slug, round, acknowledged);
        }
        int unaudited = recordBigVersionAndKill(database, slug);
        try (var app = AppProcess.start(name + "-after", database)) {
            // audits run after the recording commits: the kill came before this one's, the restart does it
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!app.log().contains("not audited when the service last stopped") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(app.log()).contains(slug + ": versions " + unaudited + "-" + unaudited + " were recorded but not audited");
            var reader = new Http(app.base());
            for (var ref : acknowledged) {
                assertThat(reader.get("/api/documents/" + slug + "/versions/" + ref).status()).as(ref).isEqualTo(200);
            }
            var log = reader.get("/api/documents/" + slug + "/changes?version=" + unaudited + "&size=10");
            assertThat(log.status()).isEqualTo(200);
            assertThat(log.json().get("items")).isNotEmpty();
        }
        var checkData = AppProcess.checkData(database);
        assertThat(checkData.output()).contains("check-data: OK");
        assertThat(checkData.exitCode()).isZero();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * 5);
    }

    /**
     * Records a version of {@value #BIG_POINTS} new points and kills the service as soon as it is acknowledged:
     * its audit (thousands of Javers snapshots, after the commit) has not finished. Returns its number.
     */
    private static int recordBigVersionAndKill(List<String> database, String slug) throws Exception {
        var app = AppProcess.start("big-kill", database);
        var editor = new Http(app.base()).withBasic("ops-editor", AppProcess.EDITOR_PASSWORD).withDefaultIfMatch("*");
        var body = new StringBuilder("{\"id\": \"big\", \"label\": \"big\", \"points\": [");
        for (int i = 1; i <= BIG_POINTS; i++) {
            body.append(i == 1 ? "" : ", ").append("{\"number\": ").append(i).append(", \"text\": \"Clause ").append(i)
                    .append(" of the big version.\"}");
        }
        var response = editor.post("/api/documents/" + slug + "/versions", "application/json", body.append("]}").toString());
        app.kill();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("version").get("number").asInt();
    }

    private static final int BIG_POINTS = 3_000;

    /** Three writers record as fast as they can; once each has had some writes acknowledged, SIGKILL. */
    private static void writeUntilKilled(AppProcess app, Http editor, String slug, int round, List<String> acknowledged)
            throws Exception {
        var killed = new AtomicBoolean();
        var pool = Executors.newFixedThreadPool(3);
        var ackedThisRound = Collections.synchronizedList(new ArrayList<String>());
        for (int writer = 0; writer < 3; writer++) {
            int w = writer;
            pool.submit(() -> {
                for (int i = 0; i < 10_000 && !killed.get(); i++) {
                    var ref = "r" + round + "-w" + w + "-" + i;
                    var body = "{\"id\": \"" + ref + "\", \"label\": \"" + ref + "\", \"points\": [{\"number\": 1, "
                            + "\"category\": \"Ceasefire\", \"text\": \"Text of " + ref + ".\"}, {\"number\": 2, "
                            + "\"category\": \"Elections\", \"text\": \"Elections within " + i + " days.\"}]}";
                    try {
                        var response = editor.post("/api/documents/" + slug + "/versions", "application/json", body);
                        if (response.status() == 201) {
                            acknowledged.add(ref);
                            ackedThisRound.add(ref);
                        }
                    } catch (RuntimeException connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ackedThisRound.size() < 9 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        app.kill();
        killed.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
}
