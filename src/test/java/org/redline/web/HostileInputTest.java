package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
        // a first version, so corrections have something to correct and pages something to show
        assertThat(editor().post("/api/documents/" + slug + "/versions", "application/json",
                "{\"label\": \"First\", \"points\": [{\"number\": 1, \"text\": \"Fire ceases.\"}]}").status()).isEqualTo(201);
    }

    static Stream<HostileDrafts.Case> hostile() {
        return HostileDrafts.generate(7L, 200).stream();
    }

    private long commits() {
        return jdbc.sql(COMMITS_OF_DOCUMENT).param(slug).query(Long.class).single();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void neverA5xxNeverAHalfWrite(HostileDrafts.Case input) {
        long versions = rows("version");
        long points = rows("version_point");
        auditDrained(slug); // the audits of earlier cases' versions run after their commits
        long commits = commits();
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json", input.body());
        assertThat(response.status()).as(response.body()).isBetween(200, 499);
        if (response.status() != 201) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(rows("version")).isEqualTo(versions);
            assertThat(rows("version_point")).isEqualTo(points);
            auditDrained(slug);
            assertThat(commits()).isEqualTo(commits);
        }
    }

    /** Characters that break feeds, pages or PostgreSQL: C0 and C1 controls (also those Java calls whitespace), lone surrogates, non-characters. */
    static final char[] BREAKING = {'\u0000', '\u0007', '\u001c', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', '\udc00', '\ufffe'};

    /** Every text field a JSON entry sets: where it sits in the body (a placeholder X) and where the problem must point. */
    static Stream<Arguments> jsonFields() {
        var draft = "{\"id\": \"%s\", \"label\": \"%s\", \"note\": \"%s\", \"derivedFrom\": %s, "
                + "\"sources\": [{\"outlet\": \"%s\", \"url\": \"https://example.org/%s\"}], "
                + "\"points\": [{\"key\": \"%s\", \"number\": \"%s\", \"category\": \"%s\", \"text\": \"%s\", "
                + "\"note\": \"%s\", \"sourceRefs\": [\"https://example.org/%s\"]}]}";
        String[] fields = {"id", "label", "note", "derivedFrom", "outlet", "url", "key", "number", "category", "text", "points[0].note", "sourceRefs"};
        String[] clean = {"ref-a", "Label", "A note", "null", "Outlet", "a", "key-a", "1", "Category", "Text of the point.", "Point note", "b"};
        var arguments = new java.util.ArrayList<Arguments>();
        for (int f = 0; f < fields.length; f++) {
            var values = clean.clone();
            values[f] = f == 3 ? "\"1X\"" : clean[f] + "X";
            arguments.add(Arguments.of("draft " + fields[f], "versions", draft.formatted((Object[]) values), fields[f]));
        }
        arguments.add(Arguments.of("document title", "documents", "{\"slug\": \"SLUG\", \"title\": \"TX\"}", "title"));
        arguments.add(Arguments.of("document description", "documents", "{\"slug\": \"SLUG\", \"title\": \"T\", \"description\": \"DX\"}", "description"));
        var history = "{\"format\": \"redline-history/1\", \"document\": {\"slug\": \"SLUG\", \"title\": \"%s\", \"description\": \"%s\"}, "
                + "\"versions\": [{\"number\": 1, \"label\": \"%s\", \"partial\": false, \"recordedBy\": \"%s\", "
                + "\"sources\": [{\"outlet\": \"%s\", \"url\": \"https://example.org/a\"}], "
                + "\"points\": [{\"key\": \"k\", \"number\": \"1\", \"text\": \"%s\"}]}]}";
        String[] historyFields = {"title", "description", "versions[0].label", "versions[0].recordedBy", "versions[0].outlet", "versions[0].points[0].text"};
        for (int f = 0; f < historyFields.length; f++) {
            var values = new String[] {"T", "D", "L", "someone", "O", "Text."};
            values[f] = values[f] + "X";
            arguments.add(Arguments.of("import " + historyFields[f], "import", history.formatted((Object[]) values), historyFields[f]));
        }
        for (var field : new String[] {"label", "note", "reason", "outlet"}) {
            var body = field.equals("outlet")
                    ? "{\"sources\": [{\"outlet\": \"OX\", \"url\": \"https://example.org/a\"}], \"reason\": \"r\"}"
                    : "{\"" + field + "\": \"VX\"" + (field.equals("reason") ? ", \"label\": \"New\"" : ", \"reason\": \"r\"") + "}";
            arguments.add(Arguments.of("patch " + field, "patch", body, field));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFields")
    void everyJsonTextFieldRefusesBreakingCharactersNamingTheField(String name, String entry, String template, String field) {
        for (char c : BREAKING) {
            var body = template.replace("X", String.format("a\\u%04x", (int) c))
                    .replace("SLUG", "hostile-doc-" + UUID.randomUUID().toString().substring(0, 8));
            long versions = rows("version");
            long documents = rows("document");
            var response = switch (entry) {
                case "versions" -> editor().post("/api/documents/" + slug + "/versions", "application/json", body);
                case "documents" -> editor().post("/api/documents", "application/json", body);
                case "import" -> editor().post("/api/documents/import", "application/json", body);
                default -> editor().patch("/api/documents/" + slug + "/versions/1", "application/merge-patch+json", body);
            };
            var what = name + " with U+" + String.format("%04X", (int) c) + ": " + response.body();
            assertThat(response.status()).as(what).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("where").asString()).as(what).contains(field.replaceAll("^.*\\.", ""));
            assertThat(rows("version")).isEqualTo(versions);
            assertThat(rows("document")).isEqualTo(documents);
        }
        pagesAndFeedStillRender();
    }

    /** Markdown, numbered text, multipart files and query metadata arrive as UTF-8 bytes: controls as they are, a lone surrogate as its (invalid) encoded bytes. */
    @Test
    void textEntriesRefuseBreakingCharactersToo() {
        var base = "/api/documents/" + slug + "/versions";
        for (char c : BREAKING) {
            var raw = Character.isSurrogate(c) ? "\ufffd" : String.valueOf(c);
            long versions = rows("version");
            var text = editor().post(base + "?label=Plain", "text/plain", "1. Fire" + raw + " ceases.");
            var markdown = editor().post(base, "text/markdown", "---\nlabel: Front" + raw + "matter\n---\n| Point | Text |\n|---|---|\n| 1 | Fire ceases. |\n");
            var query = editor().post(base + "?label=" + java.net.URLEncoder.encode("Query" + raw, StandardCharsets.UTF_8), "text/plain", "1. Fire ceases.");
            var multipart = editor().post(base, "multipart/form-data; boundary=b", ("--b\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nL\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                    + "1. Fire" + raw + " ceases.\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8));
            for (var response : java.util.List.of(text, markdown, query, multipart)) {
                assertThat(response.status()).as("U+%04X %s", (int) c, response.body()).isEqualTo(422);
                assertThat(response.json().get("where")).isNotNull();
            }
            assertThat(rows("version")).isEqualTo(versions);
        }
        var cesu = editor().post(base + "?label=Bytes", "text/plain", new byte[] {'1', '.', ' ', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertThat(cesu.status()).isEqualTo(422);
        pagesAndFeedStillRender();
    }

    @Test
    void textThatIsFineIsKeptNormalised() {
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json",
                "{\"label\": \"Cafe\u0301 \ud83d\udc4d\", \"points\": [{\"number\": 1, \"text\": \"Tabs\\tand\\nlines fold \ud83d\udc4d\"}]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var stored = http().get(response.header("Location")).json();
        assertThat(stored.get("summary").get("label").asString()).isEqualTo("Caf\u00e9 \ud83d\udc4d");
        assertThat(stored.get("points").get(0).get("text").asString()).isEqualTo("Tabs and lines fold \ud83d\udc4d");
        pagesAndFeedStillRender();
    }

    private void pagesAndFeedStillRender() {
        var feed = http().get("/api/documents/" + slug + "/feed");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).doesNotContainPattern("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]");
        for (var page : new String[] {"/", "/documents/" + slug, "/documents/" + slug + "/versions/1"}) {
            assertThat(http().get(page, "Accept", "text/html").status()).as(page).isEqualTo(200);
        }
        assertThat(http().get("/api/documents/" + slug + "/changes").status()).isEqualTo(200);
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
