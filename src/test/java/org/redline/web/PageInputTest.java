package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;

/**
 * Bad input to the pages, over real HTTP as a signed-in editor with a valid CSRF token: every answer
 * is a page that says what was wrong (a 4xx, or the form again with the problem), never a 500.
 */
class PageInputTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String DRAFT = "{\"label\": \"One\", \"points\": [{\"number\": 1, \"category\": \"Ceasefire\", \"text\": \"Fire ceases.\"}]}";

    private HttpClient client;
    private String slug;

    @BeforeEach
    void signedInEditorAndADocument() throws Exception {
        slug = "input-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}").status())
                .isEqualTo(201);
        assertThat(editor().post("/api/documents/" + slug + "/versions", "application/json", DRAFT).status()).isEqualTo(201);
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var signIn = post("/login", Map.of("username", "test-editor", "password", "test-editor"), token("/login"));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String formPage) throws IOException, InterruptedException {
        var matcher = CSRF.matcher(get(formPage).body());
        assertThat(matcher.find()).as("a CSRF token in " + formPage).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String csrf) throws IOException, InterruptedException {
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        var body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> draft(String... more) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("format", "JSON");
        fields.put("expectedLatest", "1");
        fields.put("body", DRAFT.replace("Fire ceases.", "Fire ceases at once."));
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] == null) {
                fields.remove(more[i]);
            } else {
                fields.put(more[i], more[i + 1]);
            }
        }
        return fields;
    }

    @Test
    void theEditorsFormSavesADraftOfMoreThanAThousandPoints() throws Exception {
        int points = 1_200;
        var body = new StringBuilder("{\"label\": \"Long\", \"points\": [");
        for (int i = 1; i <= points; i++) {
            body.append(i == 1 ? "" : ", ").append("{\"number\": ").append(i).append(", \"text\": \"Clause ").append(i)
                    .append(" of the long draft.\"}");
        }
        var fields = draft("body", body.append("]}").toString());
        for (int i = 0; i < points; i++) {
            fields.put("keys[" + i + "]", ""); // the form sends one key choice per point, "as aligned" when blank
        }
        var csrf = token("/editor/documents/" + slug + "/drafts/new");
        var saved = post("/editor/documents/" + slug + "/drafts", fields, csrf);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 302, 303);
        var latest = http().get("/api/documents/" + slug + "/versions/2?size=5000").json(); // one page holds them all
        int listed = 0;
        for (var point : latest.get("points")) {
            listed += point.get("listed").asBoolean() ? 1 : 0;
        }
        assertThat(listed).isEqualTo(points); // beside them, version 1's one point, now removed
        assertThat(latest.get("points")).hasSize(points + 1);
        assertThat(latest.get("totalPoints").asInt()).isEqualTo(points + 1);
    }

    @Test
    void badDraftFormsAreAnsweredWithAPageThatSaysWhatWasWrong() throws Exception {
        var preview = "/editor/documents/" + slug + "/drafts/preview";
        var csrf = token("/editor/documents/" + slug + "/drafts/new");
        Object[][] cases = {
                {draft("format", "BOGUS"), 400, "The request could not be read"},
                {draft("expectedLatest", null), 400, "without the version it was opened against"},
                {draft("expectedLatest", "-1"), 400, "without the version it was opened against"},
                {draft("expectedLatest", "abc"), 400, "The request could not be read"},
                {draft("keys[abc]", "ceasefire"), 400, "The request could not be read"},
                {draft("keys[7]", "ceasefire"), 422, "keys: &#39;#8&#39; names no point: the draft has points #1 to #1"},
                {draft("keys[0]", "Not A Key"), 422, "keys: &#39;Not A Key&#39; is not a key: lowercase letters"},
                {draft("body", ""), 422, "body: is empty; expected a draft as JSON"},
                {draft("body", "{\"label\": \"x\"}"), 422, "points: a draft needs at least one point"},
                {draft("body", DRAFT), 409, "version 1 already states exactly this content"},
        };
        for (var c : cases) {
            @SuppressWarnings("unchecked")
            var response = post(preview, (Map<String, String>) c[0], csrf);
            assertThat(response.statusCode()).as(c[0].toString()).isEqualTo(c[1]);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(response.body()).as(c[0].toString()).contains((String) c[2]);
        }
        var saved = post("/editor/documents/" + slug + "/drafts", draft("expectedLatest", "0"), csrf);
        assertThat(saved.statusCode()).isEqualTo(409);
        assertThat(saved.body()).contains("The document has moved on").contains("Nothing was saved");
        assertThat(http().get("/api/documents/" + slug + "/versions").json().get("totalItems").asInt()).isEqualTo(1);

        assertThat(get("/editor/documents/no-such-document/drafts/new").statusCode()).isEqualTo(404);
        assertThat(post("/editor/documents/no-such-document/drafts/preview", draft(), csrf).statusCode()).isEqualTo(404);
    }

    @Test
    void badMetadataCorrectionsComeBackWithTheProblemNextToTheField() throws Exception {
        var path = "/editor/documents/" + slug + "/versions/1/metadata";
        var csrf = token(path);
        Object[][] cases = {
                {Map.of("draftDate", "23/11/2025"), "id=\"draftDate\"", "must be a date such as 2025-11-23"},
                {Map.of("status", "rumoured"), "id=\"status-problem\"", "expected one of leaked, reported, official"},
                {Map.of("sources", "Wire | https://example.org/a\nWire | javascript:alert(1)"), "id=\"sources-problem\"", "line 2: must be an absolute http(s) URL"},
                {Map.of("label", "   "), "id=\"label-problem\"", "is required"},
                {Map.of("reason", ""), "id=\"reason-problem\"", "is required"},
                {Map.of("label", "One"), "id=\"form-problem\"", "the correction changes nothing"},
        };
        for (var c : cases) {
            var fields = new LinkedHashMap<String, String>(Map.of("label", "One (corrected)", "status", "leaked",
                    "reason", "checked", "expectedLatest", "1"));
            @SuppressWarnings("unchecked")
            var overrides = (Map<String, String>) c[0];
            fields.putAll(overrides);
            var response = post(path, fields, csrf);
            assertThat(response.statusCode()).as(overrides.toString()).isEqualTo(422);
            assertThat(response.body()).as(overrides.toString()).contains((String) c[1]).contains((String) c[2]);
        }
        assertThat(post(path, Map.of("label", "x", "status", "leaked", "reason", "r"), csrf).statusCode())
                .as("no expectedLatest").isEqualTo(400);
        assertThat(get("/editor/documents/" + slug + "/versions/9/metadata").statusCode()).isEqualTo(404);
        assertThat(post("/editor/documents/" + slug + "/versions/9/metadata",
                Map.of("label", "x", "status", "leaked", "reason", "r", "expectedLatest", "1"), csrf).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/documents/" + slug + "/versions/1").json().get("summary").get("label").asString()).isEqualTo("One");
    }

    @Test
    void breakingCharactersInEditorFormsComeBackAsProblemsAndPagesStillRender() throws Exception {
        var draftCsrf = token("/editor/documents/" + slug + "/drafts/new");
        var metadataPath = "/editor/documents/" + slug + "/versions/1/metadata";
        var metadataCsrf = token(metadataPath);
        for (char c : HostileInputTest.BREAKING) {
            if (Character.isSurrogate(c)) {
                continue; // a form is sent as UTF-8: a lone surrogate cannot be, its bytes are refused as undecodable
            }
            var hostile = "a" + c + "b";
            var json = post("/editor/documents/" + slug + "/drafts/preview",
                    draft("body", DRAFT.replace("Fire ceases.", "Fire " + hostile)), draftCsrf);
            assertThat(json.statusCode()).as("U+%04X", (int) c).isEqualTo(422);
            var text = post("/editor/documents/" + slug + "/drafts/preview",
                    draft("format", "TEXT", "body", "1. Fire " + hostile), draftCsrf);
            assertThat(text.statusCode()).as("U+%04X", (int) c).isEqualTo(422);
            assertThat(text.body()).contains("line 1").contains("not text");
            for (var field : new String[] {"label", "note", "reason", "sources"}) {
                var fields = new LinkedHashMap<String, String>(Map.of("label", "One (corrected)", "status", "leaked",
                        "reason", "checked", "expectedLatest", "1"));
                fields.put(field, field.equals("sources") ? "Wire" + hostile + " | https://example.org/a" : hostile);
                var response = post(metadataPath, fields, metadataCsrf);
                assertThat(response.statusCode()).as("%s U+%04X", field, (int) c).isEqualTo(422);
                assertThat(response.body()).contains("id=\"" + field + "-problem\"");
            }
        }
        assertThat(http().get("/api/documents/" + slug + "/versions/1").json().get("summary").get("label").asString()).isEqualTo("One");
        assertThat(http().get("/api/documents/" + slug + "/feed").status()).isEqualTo(200);
        assertThat(get("/documents/" + slug + "/versions/1").statusCode()).isEqualTo(200);
    }
}
