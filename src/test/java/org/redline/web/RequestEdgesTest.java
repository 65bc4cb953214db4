package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redline.testing.IntegrationTest;
import org.redline.testing.RawHttp;

/**
 * The edges of the HTTP surface, over real sockets: odd Content-Types and broken multipart bodies, pages
 * past the end, dates out of range, errors outside any controller, forged Host headers. Every answer
 * under /api is an RFC 9457 problem detail that names no Java type.
 */
class RequestEdgesTest extends IntegrationTest {

    private static final String DRAFT = "{\"label\": \"One\", \"points\": [{\"number\": 1, \"text\": \"Fire ceases.\"}]}";
    private static final String EDITOR = "Authorization: Basic dGVzdC1lZGl0b3I6dGVzdC1lZGl0b3I=";

    private String slug;

    @BeforeEach
    void document() {
        slug = "edges-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}").status())
                .isEqualTo(201);
        assertThat(editor().post(versions(), "application/json", DRAFT).status()).isEqualTo(201);
    }

    private String versions() {
        return "/api/documents/" + slug + "/versions";
    }

    private static void assertProblem(int status, String contentType, String body, int low, int high) {
        assertThat(status).as(body).isBetween(low, high);
        assertThat(contentType).as(body).startsWith("application/problem+json");
        assertThat(body).doesNotContain("org.redline", "java.", "jakarta.", "springframework", "$");
    }

    private static void assertProblem(RawHttp.Answer answer, int low, int high) {
        assertProblem(answer.status(), String.valueOf(answer.header("Content-Type")), answer.body(), low, high);
    }

    // 6: every Content-Type, and broken multipart bodies, get a 4xx problem

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "*/json", "text/*", "multipart/*", "not a type", "application/x-unknown",
            "multipart/form-data", "multipart/mixed; boundary=x", "image/png"})
    void everyContentTypeGetsA4xxProblem(String contentType) {
        for (var path : new String[] {versions(), versions() + "?dryRun=true"}) {
            var answer = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + EDITOR
                    + "\r\nIf-Match: *\r\nContent-Type: " + contentType + "\r\nContent-Length: " + DRAFT.length(),
                    DRAFT.getBytes(StandardCharsets.UTF_8));
            assertProblem(answer, 400, 499);
        }
    }

    @Test
    void aMultipartBodyWithoutItsClosingBoundaryIsA400Problem() {
        var body = ("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + DRAFT + "\r\n").getBytes(StandardCharsets.UTF_8);
        for (var path : new String[] {versions(), versions() + "?dryRun=true"}) {
            var answer = RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + EDITOR
                    + "\r\nIf-Match: *\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + body.length, body);
            assertProblem(answer, 400, 400);
        }
        var count = http().get(versions()).json().get("totalItems").asInt();
        assertThat(count).isEqualTo(1);
    }

    // 9: a page past the end is an empty page, never page 0 again

    @Test
    void pagesPastTheEndAreEmptyEverywhere() {
        var timeline = http().get(versions() + "?page=2147483647&size=500");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.json().get("items").size()).isZero();

        var history = http().get("/api/documents/" + slug + "/points/" + pointKey() + "/history?page=16777216&size=256");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.json().get("versions").size()).isZero();
        assertThat(history.json().get("page").asInt()).isEqualTo(16777216);

        var changes = http().get("/api/documents/" + slug + "/changes?page=1&size=500");
        assertThat(changes.status()).isEqualTo(200);
        assertThat(changes.json().get("items").size()).isZero();
        assertThat(changes.json().get("hasNext").asBoolean()).isFalse();
    }

    @Test
    void changeLogPagesBeyondItsReachAre400NotAWrappedPage() {
        var changes = http().get("/api/documents/" + slug + "/changes?page=2147483647&size=500");
        assertProblem(changes.status(), changes.contentType(), changes.body(), 400, 400);
        assertThat(changes.json().get("where").asString()).isEqualTo("page");
    }

    private String pointKey() {
        return http().get(versions() + "/1").json().get("points").get(0).get("key").asString();
    }

    // 10: dates outside 1900-2100 are refused wherever a date is read

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "1899-12-31", "2101-01-01", "%2B999999999-12-31", "yesterday"})
    void asOfRefusesDatesOutOfRange(String date) {
        var answer = http().get("/api/documents/" + slug + "/as-of?date=" + date);
        assertProblem(answer.status(), answer.contentType(), answer.body(), 400, 400);
        assertThat(answer.json().get("where").asString()).isEqualTo("date");
    }

    @Test
    void draftsMetadataAndImportsRefuseDatesOutOfRange() {
        var draft = editor().post(versions(), "application/json",
                "{\"label\": \"Two\", \"draftDate\": \"1066-10-14\", \"points\": [{\"number\": 1, \"text\": \"Other.\"}]}");
        assertThat(draft.status()).isEqualTo(422);
        assertThat(draft.json().get("where").asString()).isEqualTo("draftDate");
        var query = editor().post(versions() + "?label=Two&reportedDate=2200-01-01", "text/plain", "1. Other text.");
        assertThat(query.status()).isEqualTo(422);
        assertThat(query.json().get("where").asString()).isEqualTo("reportedDate");
        var patch = editor().patch(versions() + "/1", "application/merge-patch+json",
                "{\"draftDate\": \"0001-01-01\", \"reason\": \"typo\"}");
        assertThat(patch.status()).isEqualTo(422);
        var imported = editor().post("/api/documents/import", "application/json", history("imp-" + slug, "1850-01-01T00:00:00Z"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(422);
        assertThat(imported.json().get("where").asString()).isEqualTo("versions[0].recordedAt");
    }

    static String history(String slug, String recordedAt) {
        return """
                {"format": "redline-history/1", "document": {"slug": "%s", "title": "Imported"},
                 "versions": [{"number": 1, "label": "One", "partial": false, "recordedBy": "someone@elsewhere", "recordedAt": "%s",
                   "points": [{"key": "fire", "number": "1", "text": "Fire ceases."}]}]}""".formatted(slug, recordedAt);
    }

    // 11: every error under /api is a problem detail; /error is never a 500

    @Test
    void unknownPathsAndMethodsUnderApiAreProblems() {
        var missing = http().get("/api/no-such-thing");
        assertProblem(missing.status(), missing.contentType(), missing.body(), 404, 404);
        var method = RawHttp.send(port, "DELETE /api/documents HTTP/1.1\r\nHost: localhost\r\n" + EDITOR, new byte[0]);
        assertProblem(method, 405, 405);
        var put = RawHttp.send(port, "PUT " + versions() + "/1 HTTP/1.1\r\nHost: localhost\r\n" + EDITOR
                + "\r\nContent-Type: application/json\r\nContent-Length: 2", "{}".getBytes(StandardCharsets.UTF_8));
        assertProblem(put, 405, 405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/a;b", "/api/documents/%2e%2e/x", "/api/documents//x", "/api/documents/%25"})
    void theFirewallsRefusalsAreProblems(String path) {
        var answer = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost", new byte[0]);
        assertProblem(answer, 400, 404);
    }

    @Test
    void theErrorPathItselfIsNeverA500() {
        var asJson = http().get("/error", "Accept", "application/json");
        assertThat(asJson.status()).isBetween(400, 499);
        var asPage = http().get("/error", "Accept", "text/html");
        assertThat(asPage.status()).isBetween(400, 499);
        assertThat(asPage.body()).contains("<html");
    }

    @Test
    void aChunkedBodyOverTheCapIs413WithAProblem() {
        var huge = ("{\"label\": \"x\", \"note\": \"" + "a".repeat(5 * 1024 * 1024) + "\", \"points\": [{\"text\": \"a\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        var answer = RawHttp.send(port, "POST " + versions() + " HTTP/1.1\r\nHost: localhost\r\n" + EDITOR
                + "\r\nIf-Match: *\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", RawHttp.chunked(huge));
        assertProblem(answer, 413, 413);
        assertThat(answer.body()).contains("\"where\":\"body\"");
    }

    @Test
    void unreadableImportsNameTheJsonPathNotAJavaType() {
        var answer = editor().post("/api/documents/import", "application/json",
                history("bad-" + slug, "2025-11-20T10:00:00Z").replace("\"number\": 1", "\"number\": \"first\""));
        assertProblem(answer.status(), answer.contentType(), answer.body(), 400, 400);
        assertThat(answer.json().get("where").asString()).startsWith("versions[0].number");
        var unknownField = editor().post("/api/documents/import", "application/json",
                history("bad-" + slug, "2025-11-20T10:00:00Z").replace("\"label\"", "\"labelz\""));
        assertProblem(unknownField.status(), unknownField.contentType(), unknownField.body(), 400, 422);
    }

    @Test
    void aBadStatusInQueryMetadataSaysSoOnce() {
        var answer = editor().post(versions() + "?label=Two&status=rumoured", "text/plain", "1. Other text.");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("detail").asString()).doesNotContain("status status");
    }

    // 12: absolute links come from redline.public-url, never from the Host header

    @Test
    void feedLinksIgnoreAForgedHost() {
        var feed = RawHttp.send(port, "GET /api/documents/" + slug + "/feed HTTP/1.1\r\nHost: evil.example", new byte[0]);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains("http://localhost:8080/").doesNotContain("evil.example");
    }

    /** Redirects are relative: the browser resolves them against the address it used, whatever Host says. */
    @Test
    void theSignInRedirectIgnoresAForgedHost() {
        var redirect = RawHttp.send(port, "GET /editor HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html", new byte[0]);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo("/login");
    }
}
