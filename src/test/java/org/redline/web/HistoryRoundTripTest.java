package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redline.RedlineApplication;
import org.redline.testing.Http;
import org.redline.testing.IntegrationTest;
import org.redline.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tools.jackson.databind.JsonNode;

/** Export the peace plan, import it into a second, empty instance: the same timeline, the same diffs. */
class HistoryRoundTripTest extends IntegrationTest {

    @Test
    void exportThenImportIntoAnEmptyInstanceReproducesTheHistory() {
        var exported = http().get("/api/documents/peace-plan/export");
        assertThat(exported.status()).isEqualTo(200);

        var url = TestDatabase.postgres() ? TestDatabase.createPostgresDatabase() : TestDatabase.h2FileUrl();
        try (var empty = new SpringApplicationBuilder(RedlineApplication.class).profiles("test").run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + TestDatabase.username(),
                "--spring.datasource.password=", "--redline.fixtures.load=false")) {
            var port = empty.getEnvironment().getProperty("local.server.port");
            var other = new Http("http://localhost:" + port);
            assertThat(other.get("/api/documents").json()).isEmpty();
            var imported = other.withBasic("test-editor", "test-editor").post("/api/documents/import", "application/json", exported.body());
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);

            assertThat(other.get("/api/documents/peace-plan/versions").json())
                    .isEqualTo(http().get("/api/documents/peace-plan/versions").json());
            for (var pair : new String[][] {{"1", "2"}, {"1", "3"}, {"2", "3"}, {"3", "1"}}) {
                var path = "/api/documents/peace-plan/diff?from=" + pair[0] + "&to=" + pair[1];
                assertThat(other.get(path).json()).as(path).isEqualTo(http().get(path).json());
            }
            assertThat(other.get("/api/documents/peace-plan/export").body()).isEqualTo(exported.body());
            assertThat(other.withBasic("test-editor", "test-editor").get("/api/admin/integrity").json().get("ok").asBoolean()).isTrue();

            var again = other.withBasic("test-editor", "test-editor").post("/api/documents/import", "application/json", exported.body());
            assertThat(again.status()).isEqualTo(409);
        }
    }

    @Test
    void aBrokenHistoryFileIsRefusedWholeAndNamesThePlace() {
        var exported = http().get("/api/documents/peace-plan/export").body();
        var slug = "copy-" + UUID.randomUUID().toString().substring(0, 8);
        var broken = exported.replace("\"slug\":\"peace-plan\"", "\"slug\":\"" + slug + "\"")
                .replaceFirst("\"text\":\"Immediate ceasefire", "\"text\":\"\\\\u0007 ceasefire");
        var response = editor().post("/api/documents/import", "application/json", broken);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("where").asString()).startsWith("versions[0].points[27].text");
        assertThat(http().get("/api/documents/" + slug).status()).isEqualTo(404);
    }
}
