package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redline.fuzz.HostileDrafts;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hostile input over HTTP: always a 4xx problem (or a clean 201), never a 5xx, never a partial write. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private String slug;

    @BeforeAll
    void document() {
        slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
    }

    static Stream<HostileDrafts.Case> hostile() {
        return HostileDrafts.generate(7L, 200).stream();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void neverA5xxNeverAHalfWrite(HostileDrafts.Case input) {
        long versions = rows("version");
        long points = rows("version_point");
        long commits = rows("jv_commit");
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json", input.body());
        assertThat(response.status()).as(response.body()).isBetween(200, 499);
        if (response.status() != 201) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(rows("version")).isEqualTo(versions);
            assertThat(rows("version_point")).isEqualTo(points);
            assertThat(rows("jv_commit")).isEqualTo(commits);
        }
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        var huge = "{\"label\": \"x\", \"note\": \"" + "a".repeat(5 * 1024 * 1024) + "\", \"points\": [{\"text\": \"a\"}]}";
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("where").asString()).isEqualTo("body");
    }

    @Test
    void invalidUtf8IsAProblemNotMojibake() {
        var bytes = "{\"label\": \"caf\u00e9\", \"points\": [{\"text\": \"a\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json", bytes);
        assertThat(response.status()).isEqualTo(422);
    }

    @Test
    void anAdversarialDiffAnswersCoarselyInsteadOfRunningUnbounded() {
        var doc = "adversarial-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + doc + "\", \"title\": \"t\"}");
        var words = new StringBuilder();
        while (words.length() < 99_000) {
            words.append(words.length() % 2 == 0 ? "alpha " : "beta ");
        }
        var long1 = "{\"label\": \"long\", \"points\": [{\"key\": \"p\", \"number\": 1, \"text\": \"" + words.toString().strip() + "\"}]}";
        var short2 = "{\"label\": \"short\", \"points\": [{\"key\": \"p\", \"number\": 1, \"text\": \"gamma\"}]}";
        assertThat(editor().post("/api/documents/" + doc + "/versions", "application/json", long1).status()).isEqualTo(201);
        assertThat(editor().post("/api/documents/" + doc + "/versions", "application/json", short2).status()).isEqualTo(201);
        var diff = http().get("/api/documents/" + doc + "/diff?from=1&to=2").json();
        var point = diff.get("points").get(0);
        assertThat(point.get("change").asString()).isEqualTo("modified");
        assertThat(point.get("coarse").asBoolean()).isTrue();
    }
}
