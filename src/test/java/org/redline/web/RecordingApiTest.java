package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording drafts over HTTP: what is stored, what Javers commits, and what bad input gets. */
class RecordingApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private String slug;

    @BeforeEach
    void newDocument() {
        slug = "doc-" + UUID.randomUUID().toString().substring(0, 8);
        var created = editor().post("/api/documents", "application/json",
                "{\"slug\": \"" + slug + "\", \"title\": \"Test document\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/documents/" + slug);
    }

    private static String draft(String ref, String derivedFrom, int points, int changedPoint) {
        var list = IntStream.rangeClosed(1, points).mapToObj(n -> String.format(
                "{\"number\": %d, \"category\": \"Topic %d\", \"text\": \"Clause %d says %s.\"}",
                n, n, n, n == changedPoint ? "something new" : "the same"))
                .collect(Collectors.joining(","));
        var base = derivedFrom == null ? "null" : "\"" + derivedFrom + "\"";
        return "{\"id\": \"" + ref + "\", \"label\": \"Draft " + ref + "\", \"draftDate\": \"2025-11-20\", "
                + "\"derivedFrom\": " + base + ", \"points\": [" + list + "]}";
    }

    private String versionsPath() {
        return "/api/documents/" + slug + "/versions";
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long commits() {
        return jdbc.sql(COMMITS_OF_DOCUMENT).param(slug).query(Long.class).single();
    }

    private long pointSnapshots() {
        return jdbc.sql("""
                select count(*) from jv_snapshot s join jv_commit_property d on d.commit_fk = s.commit_fk
                and d.property_name = 'document' and d.property_value = ? where s.managed_type = 'Point'""")
                .param(slug).query(Long.class).single();
    }

    @Test
    void recordingAnswersCreatedWithLocationAndWhatChanged() {
        var first = editor().post(versionsPath(), "application/json", draft("v-one", null, 5, 0));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo(versionsPath() + "/1");

        var second = editor().post(versionsPath(), "application/json; charset=utf-8", draft("v-two", "v-one", 5, 3));
        assertThat(second.status()).isEqualTo(201);
        var body = second.json();
        assertThat(body.get("version").get("number").asInt()).isEqualTo(2);
        assertThat(body.get("version").get("changes").get("modified").asInt()).isEqualTo(1);
        assertThat(body.get("version").get("changes").get("unchanged").asInt()).isEqualTo(4);
        assertThat(body.get("changes")).hasSize(1);
        assertThat(body.get("changes").get(0).get("key").asString()).isEqualTo("topic-3");
        assertThat(body.get("changes").get(0).get("change").asString()).isEqualTo("modified");
        assertThat(body.get("version").get("recordedBy").asString()).isEqualTo("test-editor");
    }

    @Test
    void aVersionCommitsOnlyTheChangedPointsToJavers() {
        editor().post(versionsPath(), "application/json", draft("big-one", null, 300, 0));
        auditDrained(slug);
        var pointSnapshotsBefore = pointSnapshots();
        var commitsBefore = commits();

        var recorded = editor().post(versionsPath(), "application/json", draft("big-two", "big-one", 300, 150));
        assertThat(recorded.status()).isEqualTo(201);
        auditDrained(slug);

        assertThat(commits()).isEqualTo(commitsBefore + 1);
        assertThat(pointSnapshots()).isEqualTo(pointSnapshotsBefore + 1);
        var commitProperties = jdbc.sql("""
                select p.property_name || '=' || p.property_value from jv_commit_property p
                where p.commit_fk = (select max(d.commit_fk) from jv_commit_property d
                                     where d.property_name = 'document' and d.property_value = ?)
                order by p.property_name""")
                .param(slug).query(String.class).list();
        assertThat(commitProperties).containsExactly("document=" + slug, "kind=record", "ref=big-two", "version=2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON|application/json|{\"label\": \"x\", \"points\": [|422|line 1",
            "no text, not removed|application/json|{\"label\": \"x\", \"points\": [{\"number\": 1}]}|422|points[0].text",
            "duplicate numbers|application/json|{\"label\": \"x\", \"points\": [{\"number\": 1, \"text\": \"a\"}, {\"number\": 1, \"text\": \"b\"}]}|422|points[1].number",
            "duplicate keys|application/json|{\"label\": \"x\", \"points\": [{\"key\": \"a\", \"text\": \"a\"}, {\"key\": \"a\", \"text\": \"b\"}]}|422|points[1].key",
            "invalid date|application/json|{\"label\": \"x\", \"reportedDate\": \"yesterday\", \"points\": [{\"text\": \"a\"}]}|422|reportedDate",
            "unknown base|application/json|{\"label\": \"x\", \"derivedFrom\": \"nope\", \"points\": [{\"text\": \"a\"}]}|422|derivedFrom",
            "script url|application/json|{\"label\": \"x\", \"sources\": [{\"url\": \"javascript:alert(1)\"}], \"points\": [{\"text\": \"a\"}]}|422|sources[0].url",
            "unsupported type|application/xml|<draft/>|415|Content-Type",
    })
    void badInputGetsAProblemDetailAndStoresNothing(String name, String type, String body, int status, String where) {
        editor().post(versionsPath(), "application/json", draft("base", null, 3, 0));
        auditDrained(slug);
        var commits = commits();
        var versions = count("select count(*) from version");

        var response = editor().post(versionsPath(), type, body);
        auditDrained(slug);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("where").asString()).startsWith(where);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(count("select count(*) from version")).isEqualTo(versions);
        assertThat(commits()).isEqualTo(commits);
    }

    @Test
    void aDuplicateRefIsAConflictNamingTheExistingVersion() {
        editor().post(versionsPath(), "application/json", draft("same-ref", null, 2, 0));
        var again = editor().post(versionsPath(), "application/json", draft("same-ref", null, 2, 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("existing").get("number").asInt()).isEqualTo(1);
        assertThat(http().get(versionsPath()).json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void unknownDocumentsVersionsAndPointsAreNotFound() {
        assertThat(http().get("/api/documents/no-such-doc").status()).isEqualTo(404);
        assertThat(editor().post("/api/documents/no-such-doc/versions", "application/json", draft("x", null, 1, 0)).status()).isEqualTo(404);
        var missingVersion = http().get("/api/documents/peace-plan/diff?from=1&to=99");
        assertThat(missingVersion.status()).isEqualTo(404);
        assertThat(missingVersion.json().get("where").asString()).isEqualTo("99");
        assertThat(http().get("/api/documents/peace-plan/diff?from=1").status()).isEqualTo(400);
        assertThat(http().get("/api/documents/peace-plan/points/no-such-point/history").status()).isEqualTo(404);
        assertThat(http().get("/api/documents/peace-plan/versions?page=-1").status()).isEqualTo(400);
    }

    @Test
    void documentsAreListedAndValidated() {
        assertThat(http().get("/api/documents").json().findValuesAsString("slug")).contains("peace-plan", slug);
        var bad = editor().post("/api/documents", "application/json", "{\"slug\": \"Bad Slug\", \"title\": \"t\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("where").asString()).isEqualTo("slug");
        var duplicate = editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        assertThat(duplicate.status()).isEqualTo(409);
    }
}
