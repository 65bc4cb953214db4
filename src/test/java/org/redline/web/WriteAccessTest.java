package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redline.testing.Http;
import org.redline.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who may write, and the conditional-write rules that keep two editors from talking past each other. */
class WriteAccessTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    private String slug;

    private static String draft(String ref, String text) {
        return "{\"id\": \"" + ref + "\", \"label\": \"" + ref + "\", \"points\": [{\"number\": 1, \"category\": \"Ceasefire\", \"text\": \"" + text + "\"}]}";
    }

    private String versions() {
        return "/api/documents/" + slug + "/versions";
    }

    @BeforeEach
    void newDocument() {
        slug = "access-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}").status())
                .isEqualTo(201);
    }

    @Test
    void everyWriteRouteRefusesAnonymousAndReaders() {
        var reader = http().withBasic("test-reader", "test-reader").withDefaultIfMatch("*");
        var wrongPassword = http().withBasic("test-editor", "nope").withDefaultIfMatch("*");
        var wrongToken = http().withBearer("not-a-token").withDefaultIfMatch("*");
        String[][] writes = {
                {"/api/documents", "{\"slug\": \"x-" + slug + "\", \"title\": \"t\"}"},
                {versions(), draft("a", "text")},
        };
        for (var write : writes) {
            var anonymous = http().post(write[0], "application/json", write[1], "If-Match", "*");
            assertThat(anonymous.status()).as(write[0]).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
            assertThat(anonymous.header("WWW-Authenticate")).contains("Basic");
            assertThat(wrongPassword.post(write[0], "application/json", write[1]).status()).as(write[0]).isEqualTo(401);
            assertThat(wrongToken.post(write[0], "application/json", write[1]).status()).as(write[0]).isEqualTo(401);
            var forbidden = reader.post(write[0], "application/json", write[1]);
            assertThat(forbidden.status()).as(write[0]).isEqualTo(403);
            assertThat(forbidden.json().get("status").asInt()).isEqualTo(403);
        }
        assertThat(http().get(versions() + "?size=5").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void aBearerTokenSignsInAndNamesTheJaversAuthor() {
        var byToken = http().withBearer("test-editor-token").withDefaultIfMatch("*");
        var recorded = byToken.post(versions(), "application/json", draft("by-token", "Fire ceases."));
        assertThat(recorded.status()).isEqualTo(201);
        auditDrained(slug);
        var authors = jdbc.sql("""
                select distinct c.author from jv_commit c join jv_commit_property p on p.commit_fk = c.commit_pk
                where p.property_name = 'document' and p.property_value = ?""").param(slug).query(String.class).list();
        assertThat(authors).containsExactly("test-editor");
    }

    @Test
    void writesNeedIfMatchAndAStaleOneGetsTheCurrentVersion() {
        var noPrecondition = editor().withDefaultIfMatch(null).post(versions(), "application/json", draft("a", "one"));
        assertThat(noPrecondition.status()).isEqualTo(428);
        assertThat(noPrecondition.json().get("where").asString()).isEqualTo("If-Match");

        var document = http().get("/api/documents/" + slug);
        assertThat(document.header("ETag")).isEqualTo("\"v0\"");
        var first = editor().post(versions(), "application/json", draft("a", "one"), "If-Match", document.header("ETag"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"v1\"");

        var stale = editor().post(versions(), "application/json", draft("b", "two"), "If-Match", "\"v0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"v1\"");
        assertThat(stale.json().get("current").get("number").asInt()).isEqualTo(1);

        var timeline = http().get(versions());
        assertThat(timeline.header("ETag")).isEqualTo("\"v1\"");
        assertThat(http().get(versions(), "If-None-Match", "\"v1\"").status()).isEqualTo(304);
        var fresh = editor().post(versions(), "application/json", draft("b", "two"), "If-Match", timeline.header("ETag"));
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(http().get(versions(), "If-None-Match", "\"v1\"").status()).isEqualTo(200);
        assertThat(editor().post(versions(), "application/json", draft("c", "three"), "If-Match", "garbage").status()).isEqualTo(412);
    }

    @Test
    void identicalContentIsRefusedWithALinkToTheVersionThatHasIt() {
        assertThat(editor().post(versions(), "application/json", draft("first", "Same words.")).status()).isEqualTo(201);
        var again = editor().post(versions(), "application/json", draft("second", "Same   words."));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Location")).isEqualTo(versions() + "/1");
        assertThat(again.json().get("existing").get("ref").asString()).isEqualTo("first");
        assertThat(http().get(versions()).json().get("totalItems").asInt()).isEqualTo(1);
    }

    /** A signed-in account keeps the hash it was configured with: no re-hashing at bcrypt's default cost, which made every later request pay it. */
    @Test
    void aSignInKeepsTheConfiguredPasswordHash() {
        assertThat(editor().post(versions(), "application/json", draft("signed-in", "Fire ceases.")).status()).isEqualTo(201);
        assertThat(editor().post(versions(), "application/json", draft("again", "Fire ceases again.")).status()).isEqualTo(201);
        assertThat(accounts.loadUserByUsername("test-editor").getPassword()).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void readsArePublic() {
        Http anonymous = http();
        assertThat(anonymous.get("/api/documents").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/documents/peace-plan/versions").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/documents/peace-plan/diff?from=1&to=2").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/documents/peace-plan/changes").status()).isEqualTo(200);
    }
}
