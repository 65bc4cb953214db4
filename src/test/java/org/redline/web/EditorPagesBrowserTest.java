package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an editor does in a real browser: sign in, paste a draft, preview it, fix a match, save it;
 * correct a version's metadata; and what the pages refuse: readers, stale forms, forms without their
 * CSRF token, and script smuggled in through a draft.
 */
class EditorPagesBrowserTest extends BrowserSuite {

    private static final String FIRST = """
            {"id": "first", "label": "First draft", "draftDate": "2025-12-01", "status": "leaked",
             "sources": [{"outlet": "Wire", "url": "https://example.org/first"}],
             "points": [
              {"number": 1, "category": "Ceasefire", "text": "Fire ceases along the line."},
              {"number": 2, "category": "Prisoners", "text": "All for all exchange."},
              {"number": 3, "category": "Elections", "text": "Elections within 100 days."}]}""";

    /** Point 2 renames "Elections" to "Votes": alignment cannot tell, the editor ties it by hand. */
    private static final String SECOND = """
            {"id": "second", "label": "Second draft", "draftDate": "2025-12-05", "status": "reported",
             "points": [
              {"number": 1, "category": "Ceasefire", "text": "Fire ceases along the current line of contact."},
              {"number": 2, "category": "Votes", "text": "A president is chosen by ballot before the spring thaw, as agreed at signature."},
              {"number": 3, "category": "Prisoners", "text": "All for all exchange."}]}""";

    @Autowired
    JdbcClient jdbc;

    private String slug;

    @BeforeEach
    void documentWithOneVersion() {
        slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json",
                "{\"slug\": \"" + slug + "\", \"title\": \"Browser test document\"}").status()).isEqualTo(201);
        assertThat(editor().post(versions(), "application/json", FIRST).status()).isEqualTo(201);
    }

    private String versions() {
        return "/api/documents/" + slug + "/versions";
    }

    private int versionCount() {
        return http().get(versions()).json().get("totalItems").asInt();
    }

    @Test
    void anEditorSignsInPreviewsTiesAPointByHandAndRecordsTheDraft() {
        open("/editor/documents/" + slug + "/drafts/new");
        assertThat(here()).isEqualTo("/login");
        assertThat(text("h1")).isEqualTo("Sign in");
        screenshot("20-sign-in");
        find("#username").sendKeys("test-editor");
        find("#password").sendKeys("test-editor");
        clickAndWait(find("main form button[type=submit]"));

        assertThat(here()).startsWith("/editor/documents/" + slug + "/drafts/new");
        assertThat(text("h1")).isEqualTo("Record a draft of " + slug);
        assertThat(text(".site-header")).contains("Signed in as test-editor");
        var formats = new Select(find("#format")).getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertThat(formats).contains("JSON");
        assertThat(find("input[name=expectedLatest]").getAttribute("value")).isEqualTo("1");
        assertThat(find("input[name=_csrf]").getAttribute("value")).isNotBlank();
        screenshot("21-draft-form");

        fill("#body", SECOND);
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(text("#preview-title")).isEqualTo("Preview: version 2");
        var votes = find("table.matches tbody tr:nth-child(2)");
        assertThat(votes.getText()).contains("Votes").contains("votes").contains("new point");
        // Nothing in Votes' wording ties it to Elections: alignment alone removes Elections and adds Votes.
        assertThat(find("#point-elections").getAttribute("class")).contains("change-removed");
        assertThat(find("#point-votes").getAttribute("class")).contains("change-added");
        assertThat(versionCount()).as("a preview stores nothing").isEqualTo(1);

        new org.openqa.selenium.support.ui.Select(find("#key-1")).selectByValue("elections");
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(new org.openqa.selenium.support.ui.Select(find("#key-1")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("elections");
        assertThat(find("table.matches tbody tr:nth-child(2)").getText()).contains("by key (100%)");
        assertThat(all("#point-votes")).isEmpty();
        var elections = find("#point-elections");
        assertThat(elections.getAttribute("class")).contains("change-modified");
        assertThat(text("#point-elections .num")).isEqualTo("3 → 2");
        assertThat(elections.findElement(By.cssSelector("ins")).getText()).contains("signature");
        assertThat(text("#point-prisoners .num")).isEqualTo("2 → 3");
        assertThat(text("#point-ceasefire ins")).contains("current");
        screenshot("22-draft-preview");

        clickAndWait(find("button[name=save]"));
        assertThat(here()).isEqualTo("/documents/" + slug + "/versions/2");
        assertThat(text(".notice")).isEqualTo("Recorded version 2: Second draft");
        assertThat(text("h1")).isEqualTo("Second draft");
        assertThat(text("main")).contains("by test-editor");
        screenshot("23-recorded");

        var recorded = http().get(versions() + "/2").json();
        assertThat(recorded.get("summary").get("recordedBy").asString()).isEqualTo("test-editor");
        assertThat(recorded.get("summary").get("derivedFrom").get("number").asInt()).isEqualTo(1);
        var keys = new java.util.ArrayList<String>();
        recorded.get("points").forEach(p -> keys.add(p.get("key").asString() + "=" + p.get("number").asString()));
        assertThat(keys).containsExactly("ceasefire=1", "elections=2", "prisoners=3");
    }

    @Test
    void aDraftThatCannotBeReadComesBackWithTheProblemNextToTheInput() {
        signIn("test-editor", "test-editor");
        open("/editor/documents/" + slug + "/drafts/new");
        fill("#body", "{\"label\": \"Broken\",\n \"points\": [\n  {\"number\": 1 \"text\": \"no comma\"}]}");
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(text("#form-problem h2")).isEqualTo("The draft cannot be recorded as it is");
        assertThat(text("#body-problem")).startsWith("line 3, column").contains("malformed JSON");
        assertThat(find("#body").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#body").getAttribute("aria-describedby")).contains("body-problem");
        assertThat(find("#body").getAttribute("value")).contains("no comma");
        screenshot("24-draft-rejected");

        fill("#body", "{\"points\": [{\"number\": 1, \"text\": \"A point.\"}]}");
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(text("#body-problem")).isEqualTo("label: is required");

        fill("#body", FIRST.replace("\"first\"", "\"again\""));
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(text("#form-problem")).contains("Nothing new").contains("version 1 already states exactly this content");
        assertThat(versionCount()).isEqualTo(1);
    }

    @Test
    void anUploadedFileIsPreviewedLikeAPastedDraftAndThenShownAsText() throws Exception {
        var file = java.nio.file.Files.createTempFile("draft-", ".json");
        java.nio.file.Files.writeString(file, SECOND);
        signIn("test-editor", "test-editor");
        open("/editor/documents/" + slug + "/drafts/new");
        find("#file").sendKeys(file.toAbsolutePath().toString());
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(text("#preview-title")).isEqualTo("Preview: version 2");
        assertThat(find("#body").getAttribute("value")).isEqualTo(SECOND);
        clickAndWait(find("button[name=save]"));
        assertThat(here()).isEqualTo("/documents/" + slug + "/versions/2");
        java.nio.file.Files.delete(file);
    }

    @Test
    void aWordFileWithTrackedChangesIsPreviewedWithANoteShownAsItsTextAndSaved() {
        var file = java.nio.file.Path.of("src", "test", "resources", "import", "docx", "ua-us-20pt-2025-12-23-tracked.docx");
        signIn("test-editor", "test-editor");
        open("/editor/documents/" + slug + "/drafts/new");
        // the format chosen is JSON: the file's name says what it is
        find("#file").sendKeys(file.toAbsolutePath().toString());
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(text("#preview-title")).isEqualTo("Preview: version 2");
        assertThat(text("#read-notes")).contains("tracked changes", "accepted");
        assertThat(find("#body").getAttribute("value")).startsWith("---\nlabel: US-Ukraine 20-point framework")
                .contains("4. **Military Limits.** Ukraine's armed forces stay at 800,000 personnel in peacetime.");
        assertThat(new Select(find("#format")).getFirstSelectedOption().getAttribute("value")).isEqualTo("TEXT");
        clickAndWait(find("button[name=save]"));
        assertThat(here()).isEqualTo("/documents/" + slug + "/versions/2");
        var points = http().get(versions() + "/2").json().get("points");
        assertThat(points.findValuesAsString("number")).contains("1", "20");
        assertThat(http().get(versions() + "/2").json().get("summary").get("label").asString()).startsWith("US-Ukraine 20-point framework");
    }

    @Test
    void aFormOpenedBeforeSomeoneElseRecordedIsRefusedWithAClearMessage() {
        signIn("test-editor", "test-editor");
        open("/editor/documents/" + slug + "/drafts/new");
        fill("#body", SECOND);
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(find("button[name=save]").getText()).isEqualTo("Save as version 2");

        // Meanwhile another editor records a version.
        assertThat(editor().post(versions(), "application/json", SECOND.replace("\"second\"", "\"elsewhere\"")
                .replace("current line", "present line")).status()).isEqualTo(201);

        clickAndWait(find("button[name=save]"));
        assertThat(text("#form-problem h2")).isEqualTo("The document has moved on");
        assertThat(text("#form-problem")).contains("version 2 was recorded after you opened this form")
                .contains("Nothing was saved");
        assertThat(find("input[name=expectedLatest]").getAttribute("value")).isEqualTo("2");
        assertThat(all("button[name=save]")).as("preview again before saving").isEmpty();
        assertThat(versionCount()).isEqualTo(2);
        screenshot("25-draft-stale");

        clickAndWait(find("form.draft-form button[type=submit]"));
        assertThat(text("#preview-title")).isEqualTo("Preview: version 3");
        clickAndWait(find("button[name=save]"));
        assertThat(here()).isEqualTo("/documents/" + slug + "/versions/3");
        assertThat(versionCount()).isEqualTo(3);
    }

    @Test
    void anEditorCorrectsAVersionsMetadataWithAReasonAndTheCorrectionIsShown() {
        signIn("test-editor", "test-editor");
        open("/documents/" + slug + "/versions/1");
        clickAndWait(find("main").findElement(By.linkText("Correct metadata")));
        assertThat(here()).isEqualTo("/editor/documents/" + slug + "/versions/1/metadata");
        assertThat(find("#label").getAttribute("value")).isEqualTo("First draft");
        assertThat(find("#sources").getAttribute("value")).isEqualTo("Wire | https://example.org/first");
        screenshot("26-metadata-form");

        // The reason is required in the browser too; without it the server says so next to the field.
        driver.executeScript("document.getElementById('reason').removeAttribute('required')");
        find("#label").clear();
        find("#label").sendKeys("First draft (US text)");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(text("#reason-problem")).contains("is required");
        assertThat(find("#label").getAttribute("value")).isEqualTo("First draft (US text)");

        find("#reason").sendKeys("The label did not say whose draft it was");
        fill("#sources", "Wire | https://example.org/first\nhttps://example.org/second");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(here()).isEqualTo("/documents/" + slug + "/versions/1");
        assertThat(text(".notice")).isEqualTo("Corrected the metadata of version 1.");
        assertThat(text("h1")).isEqualTo("First draft (US text)");
        var corrections = text(".corrections");
        assertThat(corrections).contains("label: First draft → First draft (US text)").contains("by test-editor")
                .contains("The label did not say whose draft it was");
        assertThat(find("details.sources summary").getText()).isEqualTo("Sources (2)");
        screenshot("27-metadata-corrected");

        var author = jdbc.sql("""
                select c.author from jv_commit c
                join jv_commit_property d on d.commit_fk = c.commit_pk and d.property_name = 'document' and d.property_value = ?
                join jv_commit_property r on r.commit_fk = c.commit_pk and r.property_name = 'reason'""")
                .param(slug).query(String.class).list();
        assertThat(author).containsExactly("test-editor");
    }

    @Test
    void readersCannotReachEditorPagesAndAFormPostWithoutItsCsrfTokenFails() throws Exception {
        open("/editor");
        assertThat(here()).isEqualTo("/login");
        open("/editor/documents/" + slug + "/versions/1/metadata");
        assertThat(here()).isEqualTo("/login");

        signIn("test-reader", "test-reader");
        open("/editor/documents/" + slug + "/drafts/new");
        assertThat(text("h1")).isEqualTo("Editors only");
        assertThat(all("#body")).isEmpty();
        assertThat(all(".site-header a[href='/editor']")).as("no editor link for a reader").isEmpty();
        screenshot("28-reader-refused");

        driver.manage().deleteAllCookies();
        signIn("test-editor", "test-editor");
        var session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/editor"))).header("Cookie", "JSESSIONID=" + session)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("the session is an editor's").isEqualTo(200);
        var form = "expectedLatest=1&format=JSON&body=" + URLEncoder.encode(SECOND, StandardCharsets.UTF_8);
        for (var path : new String[] {"/editor/documents/" + slug + "/drafts",
                "/editor/documents/" + slug + "/versions/1/metadata"}) {
            var withoutToken = client.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&label=Hijacked&reason=csrf")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withoutToken.statusCode()).as(path).isEqualTo(403);
        }
        assertThat(versionCount()).isEqualTo(1);
        assertThat(http().get(versions() + "/1").json().get("summary").get("label").asString()).isEqualTo("First draft");
    }

    @Test
    void scriptInAPointsTextIsShownAsTextAndNeverRuns() {
        var script = "<script>alert('xss-script')</script>";
        var image = "<img src=x onerror=alert('xss-img')>";
        var hostile = """
                {"id": "hostile", "label": "Label %1$s", "note": "Note %2$s",
                 "sources": [{"outlet": "Outlet %2$s", "url": "https://example.org/?q=%%3Cscript%%3E"}],
                 "points": [
                  {"number": 1, "category": "Category %1$s", "text": "Text %1$s and %2$s", "note": "Point note %2$s"},
                  {"number": 2, "category": "Prisoners", "text": "All for all %2$s exchange."}]}"""
                .formatted(script.replace("\"", "\\\""), image.replace("\"", "\\\""));
        var recorded = editor().post(versions(), "application/json", hostile);
        assertThat(recorded.status()).isEqualTo(201);

        String[] pages = {"/", "/documents/" + slug, "/documents/" + slug + "/versions/2",
                "/documents/" + slug + "/compare?from=1&to=2", "/documents/" + slug + "/compare?from=1&to=2&view=inline",
                "/documents/" + slug + "/points/prisoners", "/documents/" + slug + "/points/ceasefire"};
        for (var page : pages) {
            open(page);
            assertNoAlert();
            assertThat(all("main script")).as(page).isEmpty();
            assertThat(all("main img")).as(page).isEmpty();
            assertThat(driver.executeScript("return document.querySelectorAll('[onerror]').length")).as(page).isEqualTo(0L);
        }
        open("/documents/" + slug + "/versions/2");
        assertThat(text("h1")).isEqualTo("Label " + script);
        assertThat(text("main")).contains("Text " + script + " and " + image).contains("Point note " + image)
                .contains("Note " + image);
        open("/documents/" + slug + "/compare?from=1&to=2");
        assertThat(text("#point-prisoners ins")).contains(image);
        screenshot("29-injection-compare");

        signIn("test-editor", "test-editor");
        open("/editor/documents/" + slug + "/drafts/new");
        fill("#body", hostile.replace("\"hostile\"", "\"hostile-again\"").replace("All for all", "Some for some"));
        clickAndWait(find("form.draft-form button[type=submit]"));
        assertNoAlert();
        assertThat(all("main script")).isEmpty();
        assertThat(all("main img")).isEmpty();
        assertThat(text(".preview")).contains("Label " + script);
        screenshot("30-injection-preview");
    }
}
