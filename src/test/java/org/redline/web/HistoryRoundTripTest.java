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
import tools.jackson.databind.node.ObjectNode;

/** Export the peace plan, import it into a second, empty instance: the same timeline, the same diffs. */
class HistoryRoundTripTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

            // the same timeline; each version recorded by the editor who imported it, with the file's recorder as provenance
            var copies = (ObjectNode) other.get("/api/documents/peace-plan/versions").json();
            var originals = (ObjectNode) http().get("/api/documents/peace-plan/versions").json();
            for (int i = 0; i < originals.get("items").size(); i++) {
                var copy = (ObjectNode) copies.get("items").get(i);
                var original = (ObjectNode) originals.get("items").get(i);
                assertThat(copy.get("recordedBy").asString()).isEqualTo("test-editor");
                assertThat(copy.get("imported").get("recordedBy")).isEqualTo(original.get("recordedBy"));
                assertThat(copy.get("imported").get("recordedAt")).isEqualTo(original.get("recordedAt"));
                assertThat(original.get("imported").isNull()).isTrue();
                for (var recorder : new String[] {"recordedBy", "recordedAt", "imported"}) {
                    copy.remove(recorder);
                    original.remove(recorder);
                }
            }
            assertThat(copies).isEqualTo(originals);
            var page = other.get("/documents/peace-plan/versions/1", "Accept", "text/html").body();
            assertThat(page).contains("Originally recorded").contains("according to the imported history file");
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
    void anImportCannotForgeTheAuditLogsAuthor() {
        var slug = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        var imported = editor().post("/api/documents/import", "application/json", RequestEdgesTest.history(slug, "2025-11-20T10:00:00Z"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        var version = http().get("/api/documents/" + slug + "/versions/1").json().get("summary");
        assertThat(version.get("recordedBy").asString()).isEqualTo("test-editor");
        assertThat(version.get("recordedAt").asString()).isNotEqualTo("2025-11-20T10:00:00Z");
        assertThat(version.get("imported").get("recordedBy").asString()).isEqualTo("someone@elsewhere");
        assertThat(version.get("imported").get("recordedAt").asString()).isEqualTo("2025-11-20T10:00:00Z");
        auditDrained(slug);
        var authors = jdbc.sql("""
                select distinct c.author from jv_commit c join jv_commit_property p on p.commit_fk = c.commit_pk
                where p.property_name = 'document' and p.property_value = ?""").param(slug).query(String.class).list();
        assertThat(authors).containsExactly("test-editor");
        var changes = http().get("/api/documents/" + slug + "/changes").json().get("items");
        changes.forEach(change -> assertThat(change.get("author").asString()).isEqualTo("test-editor"));
        var page = http().get("/documents/" + slug + "/versions/1", "Accept", "text/html").body();
        assertThat(page).contains("someone@elsewhere").contains("Originally recorded");
        var export = http().get("/api/documents/" + slug + "/export").json().get("versions").get(0);
        assertThat(export.get("recordedBy").asString()).isEqualTo("someone@elsewhere");
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
