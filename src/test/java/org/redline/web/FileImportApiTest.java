package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redline.testing.Http;
import org.redline.testing.IntegrationTest;
import org.redline.testing.Multipart;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts as Word, OpenDocument, PDF and HTML files over HTTP: as the body (by Content-Type or with none)
 * or as an uploaded file (by its type or its name), each recording the framework's 20 points with
 * their numbers and texts; a preview saying a Word file had tracked changes; unreadable files refused
 * with a problem naming the file, page or paragraph. The files were made by real tools (make-files.sh).
 */
class FileImportApiTest extends IntegrationTest {

    private static final Path FILES = Path.of("src", "test", "resources", "import");
    private static final String FRAMEWORK = "ua-us-20pt-2025-12-23";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private String slug;

    @BeforeEach
    void newDocument() {
        slug = "files-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"File import\"}").status())
                .isEqualTo(201);
    }

    private String versions(String query) {
        return "/api/documents/" + slug + "/versions" + (query.isEmpty() ? "" : "?" + query);
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(FILES.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The recorded version holds the framework's 20 points, numbered and worded as its JSON. */
    private void assertFramework(Http.Response recorded) throws IOException {
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var expected = JsonMapper.shared().readTree(bytes("drafts/" + FRAMEWORK + ".json")).get("points");
        var points = http().get(versions("") + "/1").json().get("points");
        assertThat(points).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(points.get(i).get("number").asString()).isEqualTo(expected.get(i).get("number").asString());
            assertThat(points.get(i).get("category").asString()).isEqualTo(expected.get(i).get("category").asString());
            assertThat(points.get(i).get("text").asString()).isEqualTo(expected.get(i).get("text").asString());
        }
    }

    @ParameterizedTest(name = "{0} sent as {1}")
    @CsvSource(nullValues = "-", value = {
            "docx/" + FRAMEWORK + ".docx, " + DOCX,
            "pdf/" + FRAMEWORK + ".pdf, application/pdf",
            "html/" + FRAMEWORK + ".html, text/html; charset=utf-8",
            "odt/" + FRAMEWORK + ".odt, application/vnd.oasis.opendocument.text",
            "docx/" + FRAMEWORK + ".docx, -",
            "pdf/" + FRAMEWORK + ".pdf, application/octet-stream",
            "html/" + FRAMEWORK + ".html, -",
    })
    void aFileAsTheBodyRecordsTheTwentyPoints(String file, String contentType) throws IOException {
        assertFramework(editor().post(versions("derivedFrom="), contentType, bytes(file)));
    }

    @ParameterizedTest(name = "{0} uploaded as {1}")
    @CsvSource({
            "docx/" + FRAMEWORK + ".docx, application/octet-stream",
            "pdf/" + FRAMEWORK + ".pdf, application/octet-stream",
            "html/" + FRAMEWORK + ".html, application/octet-stream",
            "odt/" + FRAMEWORK + ".odt, application/octet-stream",
            "docx/" + FRAMEWORK + ".docx, " + DOCX,
            "pdf/" + FRAMEWORK + ".pdf, application/pdf",
    })
    void anUploadedFileIsToldByItsTypeOrItsName(String file, String partType) throws IOException {
        var form = Multipart.of(Path.of(file).getFileName().toString(), partType, bytes(file), "id", "framework");
        var recorded = editor().post(versions(""), form.contentType(), form.body());
        assertFramework(recorded);
        assertThat(http().get(versions("") + "/framework").status()).isEqualTo(200);
    }

    @Test
    void thePreviewSaysAWordFileHadTrackedChangesAndReadsItAccepted() {
        var form = Multipart.of(FRAMEWORK + "-tracked.docx", DOCX, bytes("docx/" + FRAMEWORK + "-tracked.docx"));
        var preview = editor().post(versions("dryRun=true"), form.contentType(), form.body());
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        var body = preview.json();
        assertThat(body.get("format").asString()).isEqualTo("docx");
        assertThat(body.get("notes").get(0).asString()).contains("tracked changes", "1 insertion(s), 2 deletion(s)", "accepted");
        var points = body.get("draft").get("points");
        assertThat(points).hasSize(20);
        assertThat(points.get(3).get("text").asString()).isEqualTo("Ukraine's armed forces stay at 800,000 personnel in peacetime.");
        assertThat(points.get(17).get("text").asString()).isEqualTo("Ukraine holds elections as soon as possible after signing.");
        // the untracked file has nothing to say
        var plain = Multipart.of(FRAMEWORK + ".docx", DOCX, bytes("docx/" + FRAMEWORK + ".docx"));
        assertThat(editor().post(versions("dryRun=true"), plain.contentType(), plain.body()).json().get("notes")).isEmpty();
    }

    @Test
    void aDamagedWordFileIsRefusedNamingTheFile() {
        var whole = bytes("docx/" + FRAMEWORK + ".docx");
        var problem = editor().post(versions("label=x"), DOCX, Arrays.copyOf(whole, whole.length / 2));
        assertProblem(problem, 422, "file");
        assertThat(http().get(versions("")).json().get("totalItems").asInt()).isZero();
    }

    @Test
    void aWordFileWithoutANumberedListNamesTheParagraph() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Notes from the meeting");
            document.createParagraph().createRun().setText("Nothing was agreed.");
            document.write(out);
        }
        var problem = editor().post(versions("label=x"), DOCX, out.toByteArray());
        assertProblem(problem, 422, "paragraph 1");
        assertThat(problem.json().get("detail").asString()).contains("numbered list");
    }

    @Test
    void aPdfWithoutTextOrWithAPasswordIsRefused() throws IOException {
        var empty = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(empty);
        }
        var scanned = editor().post(versions("label=x"), "application/pdf", empty.toByteArray());
        assertProblem(scanned, 422, "page 1");
        assertThat(scanned.json().get("detail").asString()).contains("no text");

        var locked = new ByteArrayOutputStream();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes("pdf/" + FRAMEWORK + ".pdf"))) {
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(locked);
        }
        var protectedPdf = editor().post(versions("label=x"), "application/pdf", locked.toByteArray());
        assertProblem(protectedPdf, 422, "file");
        assertThat(protectedPdf.json().get("detail").asString()).contains("password");
    }

    /** Garbage under every file type, and bodies that only start like a file: a 4xx problem, never a 5xx. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({DOCX, "application/vnd.oasis.opendocument.text", "application/pdf", "text/html", "application/octet-stream"})
    void garbageIsAProblemNeverAServerError(String contentType) {
        var random = new java.util.Random(contentType.hashCode());
        var noise = new byte[4096];
        random.nextBytes(noise);
        for (var prefix : new String[] {"", "PK\u0003\u0004word/document.xml", "PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text",
                "%PDF-1.7\n", "<!DOCTYPE html><html><body><ol><li>"}) {
            var body = new ByteArrayOutputStream();
            body.writeBytes(prefix.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            body.writeBytes(noise);
            var response = editor().post(versions("label=x"), contentType, body.toByteArray());
            assertThat(response.status()).as(prefix + " as " + contentType + ": " + response.body()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(http().get(versions("")).json().get("totalItems").asInt()).isZero();
    }

    private static void assertProblem(Http.Response response, int status, String where) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("where").asString()).isEqualTo(where);
    }
}
