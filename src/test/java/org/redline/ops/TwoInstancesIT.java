package org.redline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.redline.testing.Http;
import org.redline.testing.TestDatabase;

/**
 * Two service instances on one PostgreSQL database take writes at the same time: no duplicate
 * version numbers, no duplicate Javers commit ids, and the integrity check passes.
 */
class TwoInstancesIT {

    @Test
    void twoInstancesShareOnePostgresDatabase() throws Exception {
        Assumptions.assumeTrue(PostgresServer.reachable(), "PostgreSQL is not answering on 127.0.0.1:5432");
        var url = TestDatabase.createPostgresDatabase();
        var database = List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=");
        try (var first = AppProcess.start("instance-a", database); var second = AppProcess.start("instance-b", database)) {
            var editors = List.of(
                    new Http(first.base()).withBasic("ops-editor", AppProcess.EDITOR_PASSWORD),
                    new Http(second.base()).withBasic("ops-editor", AppProcess.EDITOR_PASSWORD));
            assertThat(editors.get(0).post("/api/documents", "application/json", "{\"slug\": \"shared\", \"title\": \"t\"}",
                    "If-Match", "*").status()).isEqualTo(201);
            var acknowledged = Collections.synchronizedList(new ArrayList<String>());
            var statuses = Collections.synchronizedList(new ArrayList<Integer>());
            var pool = Executors.newFixedThreadPool(6);
            for (int writer = 0; writer < 6; writer++) {
                int w = writer;
                var editor = editors.get(w % 2);
                pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        var ref = "i" + (w % 2) + "-w" + w + "-" + i;
                        var etag = editor.get("/api/documents/shared").header("ETag");
                        var body = "{\"id\": \"" + ref + "\", \"label\": \"" + ref + "\", \"points\": [{\"number\": 1, "
                                + "\"category\": \"Ceasefire\", \"text\": \"Text of " + ref + ".\"}]}";
                        var response = editor.post("/api/documents/shared/versions", "application/json", body,
                                "If-Match", i % 2 == 0 ? "*" : etag);
                        statuses.add(response.status());
                        if (response.status() == 201) {
                            acknowledged.add(ref);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            assertThat(statuses).allMatch(s -> s == 201 || s == 412);

            try (var connection = DriverManager.getConnection(url, "postgres", "");
                    var statement = connection.createStatement()) {
                var numbers = new ArrayList<Integer>();
                try (var rs = statement.executeQuery("select v.number from version v join document d on d.id = v.document_id "
                        + "where d.slug = 'shared' order by v.number")) {
                    while (rs.next()) {
                        numbers.add(rs.getInt(1));
                    }
                }
                assertThat(numbers).hasSize(acknowledged.size());
                for (int i = 0; i < numbers.size(); i++) {
                    assertThat(numbers.get(i)).isEqualTo(i + 1);
                }
                try (var rs = statement.executeQuery("select count(*), count(distinct commit_id) from jv_commit")) {
                    rs.next();
                    assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
                }
            }
            var integrity = editors.get(1).get("/api/admin/integrity").json();
            assertThat(integrity.get("ok").asBoolean()).as(integrity.toString()).isTrue();
        }
    }
}
