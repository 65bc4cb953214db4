package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PATCH /api/documents/{slug}/versions/{id}: metadata only, editors only, conditional, audited with a reason. */
class MetadataCorrectionApiTest extends IntegrationTest {

    private static final String JSON = "application/json";

    @Autowired
    JdbcClient jdbc;

    private String slug;

    @BeforeEach
    void documentWithOneVersion() {
        slug = "meta-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", JSON, "{\"slug\": \"" + slug + "\", \"title\": \"t\"}").status()).isEqualTo(201);
        var draft = """
                {"id": "first", "label": "Frist draft", "draftDate": "2025-11-20", "status": "leaked",
                 "note": "from a leak", "sources": [{"outlet": "Reuters", "url": "https://example.org/a"}],
                 "points": [{"number": 1, "category": "Ceasefire", "text": "Fire ceases."}]}""";
        assertThat(editor().post(versions(), JSON, draft).status()).isEqualTo(201);
    }

    private String versions() {
        return "/api/documents/" + slug + "/versions";
    }

    private long commitsWithReason() {
        return jdbc.sql("""
                select count(*) from jv_commit c
                join jv_commit_property d on d.commit_fk = c.commit_pk and d.property_name = 'document' and d.property_value = ?
                join jv_commit_property r on r.commit_fk = c.commit_pk and r.property_name = 'reason'""")
                .param(slug).query(Long.class).single();
    }

    @Test
    void correctsOnlyTheNamedFieldsAndLogsTheEditorAndReason() {
        var before = http().get(versions() + "/1").json();
        var response = editor().patch(versions() + "/1", JSON, """
                {"label": "First draft", "reportedDate": "2025-11-21", "status": "reported", "reason": "typo in the label; it was reported a day later"}""",
                "If-Match", "\"v1\"");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("label").asString()).isEqualTo("First draft");

        var after = http().get(versions() + "/1").json();
        assertThat(after.get("summary").get("label").asString()).isEqualTo("First draft");
        assertThat(after.get("summary").get("reportedDate").asString()).isEqualTo("2025-11-21");
        assertThat(after.get("summary").get("status").asString()).isEqualTo("reported");
        assertThat(after.get("summary").get("draftDate").asString()).isEqualTo("2025-11-20");
        assertThat(after.get("summary").get("note").asString()).isEqualTo("from a leak");
        assertThat(after.get("summary").get("sources")).isEqualTo(before.get("summary").get("sources"));
        assertThat(after.get("points")).isEqualTo(before.get("points"));
        assertThat(after.get("summary").get("ref").asString()).isEqualTo("first");

        var commit = jdbc.sql("""
                select c.author, r.property_value from jv_commit c
                join jv_commit_property d on d.commit_fk = c.commit_pk and d.property_name = 'document' and d.property_value = ?
                join jv_commit_property r on r.commit_fk = c.commit_pk and r.property_name = 'reason'""")
                .param(slug).query((rs, n) -> rs.getString(1) + " | " + rs.getString(2)).list();
        assertThat(commit).containsExactly("test-editor | typo in the label; it was reported a day later");
        var changed = jdbc.sql("""
                select s.changed_properties from jv_snapshot s join jv_global_id g on g.global_id_pk = s.global_id_fk
                where g.local_id = ? and s.type = 'UPDATE'""").param("\"" + slug + "/v1\"").query(String.class).list();
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0)).contains("label").contains("reportedDate").contains("status").doesNotContain("note");
    }

    @Test
    void nullClearsAFieldAndSourcesAreReplacedWhole() {
        var response = editor().patch(versions() + "/first", JSON, """
                {"note": null, "sources": [{"outlet": "AP", "url": "https://example.org/b"}, {"url": "https://example.org/c"}],
                 "reason": "the note was about another draft; sources checked again"}""");
        assertThat(response.status()).isEqualTo(200);
        var summary = http().get(versions() + "/1").json().get("summary");
        assertThat(summary.get("note").isNull()).isTrue();
        assertThat(summary.get("label").asString()).isEqualTo("Frist draft");
        assertThat(summary.get("sources")).hasSize(2);
        assertThat(summary.get("sources").get(0).get("outlet").asString()).isEqualTo("AP");
        assertThat(summary.get("sources").get(1).get("url").asString()).isEqualTo("https://example.org/c");
    }

    @Test
    void badCorrectionsAreRefusedWithWhereAndNothingChanges() {
        String[][] refused = {
                {"{\"label\": \"x\"}", "reason"},
                {"{\"label\": \"x\", \"reason\": \"   \"}", "reason"},
                {"{\"reason\": \"nothing named\"}", null},
                {"{\"label\": \"Frist draft\", \"reason\": \"same label\"}", null},
                {"{\"points\": [], \"reason\": \"edit content\"}", "points"},
                {"{\"partial\": true, \"reason\": \"edit content\"}", "partial"},
                {"{\"lable\": \"x\", \"reason\": \"typo\"}", "lable"},
                {"{\"label\": \"\", \"reason\": \"blank\"}", "label"},
                {"{\"draftDate\": \"23/11/2025\", \"reason\": \"format\"}", "draftDate"},
                {"{\"draftDate\": \"1066-10-14\", \"reason\": \"range\"}", "draftDate"},
                {"{\"status\": \"rumoured\", \"reason\": \"status\"}", "status"},
                {"{\"sources\": [{\"url\": \"javascript:alert(1)\"}], \"reason\": \"link\"}", "sources[0].url"},
                {"{\"label\": \"x\", \"label\": \"y\", \"reason\": \"twice\"}", "line 1, column 23"},
                {"{\"label\": ", "line 1, column 11"},
                {"[]", "body"},
        };
        for (var body : refused) {
            var response = editor().patch(versions() + "/1", JSON, body[0]);
            assertThat(response.status()).as(body[0]).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            var where = response.json().get("where");
            if (body[1] == null) {
                assertThat(where.isNull()).as(body[0]).isTrue();
            } else {
                assertThat(where.asString()).as(body[0]).isEqualTo(body[1]);
            }
        }
        assertThat(http().get(versions() + "/1").json().get("summary").get("label").asString()).isEqualTo("Frist draft");
        assertThat(commitsWithReason()).isZero();
    }

    @Test
    void onlyEditorsMayCorrectAndOnlyAgainstTheLatestTheySaw() {
        var body = "{\"label\": \"First draft\", \"reason\": \"typo\"}";
        assertThat(http().patch(versions() + "/1", JSON, body, "If-Match", "*").status()).isEqualTo(401);
        assertThat(http().withBasic("test-reader", "test-reader").patch(versions() + "/1", JSON, body, "If-Match", "*").status())
                .isEqualTo(403);
        assertThat(editor().withDefaultIfMatch(null).patch(versions() + "/1", JSON, body).status()).isEqualTo(428);
        var stale = editor().patch(versions() + "/1", JSON, body, "If-Match", "\"v0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("current").get("number").asInt()).isEqualTo(1);
        assertThat(editor().patch(versions() + "/7", JSON, body).status()).isEqualTo(404);
        assertThat(editor().patch("/api/documents/no-such-document/versions/1", JSON, body).status()).isEqualTo(404);
        assertThat(editor().patch(versions() + "/1", "text/plain", body).status()).isEqualTo(415);
        assertThat(commitsWithReason()).isZero();
        assertThat(editor().patch(versions() + "/1", JSON, body, "If-Match", "\"v1\"").status()).isEqualTo(200);
        assertThat(commitsWithReason()).isEqualTo(1);
    }
}
