package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redline.history.History;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The integrity check finds damage, and finds none where there is none. */
class IntegrityTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    History history;

    private static JsonNode report(JsonNode integrity, String slug) {
        for (var document : integrity.get("documents")) {
            if (document.get("document").asString().equals(slug)) {
                return document;
            }
        }
        throw new AssertionError("no report for " + slug);
    }

    @Test
    void theFixturesCheckOutAndOnlyEditorsMayAsk() {
        assertThat(http().get("/api/admin/integrity").status()).isEqualTo(401);
        var integrity = editor().get("/api/admin/integrity");
        assertThat(integrity.status()).isEqualTo(200);
        var peacePlan = report(integrity.json(), "peace-plan");
        assertThat(peacePlan.get("problems")).isEmpty();
        assertThat(peacePlan.get("versions").asInt()).isEqualTo(7);
        assertThat(peacePlan.get("auditCommits").asInt()).isEqualTo(7);
    }

    @Test
    void aTamperedPointOrAMissingAuditCommitIsReported() {
        var slug = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        var versions = "/api/documents/" + slug + "/versions";
        editor().post(versions, "application/json", "{\"label\": \"one\", \"points\": [{\"number\": 1, \"category\": \"A\", \"text\": \"alpha\"}, {\"number\": 2, \"category\": \"B\", \"text\": \"beta\"}]}");
        editor().post(versions, "application/json", "{\"label\": \"two\", \"points\": [{\"number\": 1, \"category\": \"A\", \"text\": \"alpha\"}, {\"number\": 2, \"category\": \"B\", \"text\": \"gamma\"}]}");
        assertThat(history.verify(slug).problems()).isEmpty();

        jdbc.sql("""
                update version_point set text = 'forged' where point_key = 'a'
                and version_id = (select v.id from version v join document d on d.id = v.document_id where d.slug = ? and v.number = 1)""")
                .param(slug).update();
        assertThat(history.verify(slug).problems()).anyMatch(p -> p.startsWith("version 1: stored points do not match"));

        jdbc.sql("""
                update jv_commit_property set property_value = 'gone' where property_name = 'document' and property_value = ?
                and commit_fk in (select commit_fk from jv_commit_property where property_name = 'version' and property_value = '2')""")
                .param(slug).update();
        assertThat(history.verify(slug).problems()).anyMatch(p -> p.equals("version 2: 0 audit commits, expected exactly 1"));
    }
}
