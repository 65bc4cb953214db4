package org.redline.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The Word redline and the PDFs, over real HTTP, read back with POI and PDFBox. */
class PrintApiTest extends IntegrationTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PEACE_PLAN = "/api/documents/peace-plan";
    private static final Path PRINTS = Path.of("target", "prints");

    @Test
    void theRedlineOfOneAndTwoHoldsEveryChangeOfTheDiffAsATrackedChange() {
        var download = http().download(PEACE_PLAN + "/diff?from=1&to=2&format=docx");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith(DOCX);
        assertThat(download.header("Content-Disposition")).startsWith("attachment")
                .contains("peace-plan-1-to-2-redline.docx");
        keep("peace-plan-1-to-2-redline.docx", download.body());
        var diff = http().get(PEACE_PLAN + "/diff?from=1&to=2").json();
        var runs = tracksEveryChange(download.body(), diff, http().get(PEACE_PLAN + "/versions/2").json().get("summary"));
        assertThat(joined(runs, "deleted")).contains("600,000");
        assertThat(joined(runs, "inserted")).contains("800,000").contains("in peacetime");
    }

    @Test
    void renumberedMergedSplitAddedAndRemovedPointsAreClearInTheRedlineAndThePdf() throws IOException {
        var slug = "print-lineage-" + System.nanoTime();
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        record(slug, """
                {"id": "one", "label": "one", "draftDate": "2025-11-20", "points": [
                  {"key": "ceasefire", "number": 1, "category": "Ceasefire", "text": "Fire ceases at once along the line."},
                  {"key": "amnesty", "number": 2, "category": "Amnesty", "text": "Full amnesty for wartime acts."},
                  {"key": "prisoners", "number": 3, "category": "Prisoners", "text": "All prisoners are exchanged."},
                  {"key": "children", "number": 4, "category": "Children", "text": "Deported children come home."}]}""");
        record(slug, """
                {"id": "two", "label": "two", "draftDate": "2025-11-27", "derivedFrom": "one", "points": [
                  {"key": "prisoners", "number": 1, "category": "Humanitarian", "text": "All prisoners are exchanged and deported children come home.", "mergedFrom": ["children"]},
                  {"key": "ceasefire", "number": 2, "category": "Ceasefire", "text": "Fire ceases at once."},
                  {"key": "monitoring", "number": 3, "category": "Monitoring", "text": "Monitors watch the line.", "splitFrom": "ceasefire"},
                  {"key": "elections", "number": 4, "category": "Elections", "text": "Elections follow within 100 days."}]}""");
        var path = "/api/documents/" + slug + "/diff?from=1&to=2";
        var diff = http().get(path).json();
        var docx = http().download(path + "&format=docx").body();
        keep("lineage-redline.docx", docx);
        tracksEveryChange(docx, diff, http().get("/api/documents/" + slug + "/versions/2").json().get("summary"));

        var word = RedlineReader.text(docx);
        var pdf = pdfText(http().download(path + "&format=pdf").body());
        assertThat(count(diff, "added")).isEqualTo(2);
        assertThat(count(diff, "removed")).isEqualTo(2);
        var relations = 0;
        for (var point : diff.get("points")) {
            for (var relation : point.get("relations")) {
                assertThat(word).contains(relation.get("note").asString());
                assertThat(pdf).contains(relation.get("note").asString());
                relations++;
            }
            if (point.get("change").asString().equals("renumbered") || !point.get("before").isNull() && !point.get("after").isNull()
                    && !point.get("before").get("number").equals(point.get("after").get("number"))) {
                assertThat(word).contains("renumbered " + point.get("numberLabel").asString());
                assertThat(pdf).contains("renumbered " + point.get("numberLabel").asString());
            }
        }
        assertThat(relations).isEqualTo(4); // merged and merged-into, split-from and split-into
        assertThat(word).contains("Merged").contains("Split");
    }

    /**
     * Reads the redline back and holds it against the diff: every insertion and deletion run, in order,
     * with the later version's recorder and date; accepting every change gives each changed point's
     * later text and rejecting gives the earlier; a whole point added or removed has its paragraph marks
     * tracked too. Returns the runs.
     */
    private static List<RedlineReader.Change> tracksEveryChange(byte[] docx, JsonNode diff, JsonNode to) {
        var changes = RedlineReader.changes(docx);
        var runs = changes.stream().filter(c -> !c.kind().startsWith("paragraph")).toList();
        assertThat(runs.stream().map(c -> c.kind() + ":" + c.text()).toList()).isEqualTo(expectedChanges(diff));
        var day = Instant.parse(to.get("draftDate").asString() + "T00:00:00Z");
        for (var change : changes) {
            assertThat(change.author()).as(change.toString()).isEqualTo(to.get("recordedBy").asString());
            assertThat(change.date().toInstant()).as(change.toString()).isEqualTo(day);
        }
        // in document order: accepting every change gives each point's later text, rejecting gives the earlier
        var accepted = RedlineReader.paragraphs(docx, true);
        var rejected = RedlineReader.paragraphs(docx, false).stream().map(PrintApiTest::folded).toList();
        for (var point : diff.get("points")) {
            var before = text(point.get("before"));
            var after = text(point.get("after"));
            if (!point.get("change").asString().equals("unknown") && !Objects.equals(before, after)) {
                if (after != null) {
                    assertThat(accepted).as(point.get("key").asString()).contains(after);
                }
                if (before != null) {
                    // the diff's equal runs carry the later text's typography (its quotes and dashes)
                    assertThat(rejected).as(point.get("key").asString()).contains(folded(before));
                }
            }
        }
        assertThat(changes).filteredOn(c -> c.kind().equals("paragraph-deleted")).hasSize(2 * count(diff, "removed"));
        assertThat(changes).filteredOn(c -> c.kind().equals("paragraph-inserted")).hasSize(2 * count(diff, "added"));
        return runs;
    }

    private void record(String slug, String json) {
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void theRedlineIsHeadedByBothVersionsMetadataAndSources() {
        var text = RedlineReader.text(http().download(PEACE_PLAN + "/diff?from=1&to=2", "Accept", DOCX).body());
        for (var n : List.of("1", "2")) {
            var version = http().get(PEACE_PLAN + "/versions/" + n).json().get("summary");
            assertThat(text).contains(version.get("label").asString()).contains(version.get("ref").asString());
            version.get("sources").forEach(s -> assertThat(text).contains(s.get("url").asString()));
        }
        assertThat(text).contains("[unknown: not stated in version 2").contains("[removed]");
    }

    @Test
    void thePdfOfTheComparisonHoldsTheChangedWordsAndTheSources() throws IOException {
        var download = http().download(PEACE_PLAN + "/diff?from=1&to=2&format=pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).contains("peace-plan-1-to-2-redline.pdf");
        keep("peace-plan-1-to-2-redline.pdf", download.body());
        var text = pdfText(download.body());
        assertThat(text).contains("600,000").contains("800,000").contains("in peacetime");
        for (var n : List.of("1", "2")) {
            var version = http().get(PEACE_PLAN + "/versions/" + n).json().get("summary");
            assertThat(text).contains(version.get("label").asString());
            version.get("sources").forEach(s -> assertThat(text).contains(s.get("outlet").asString()));
        }
        var byAccept = http().download(PEACE_PLAN + "/diff?from=1&to=2", "Accept", "application/pdf");
        assertThat(byAccept.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdfText(byAccept.body())).contains("800,000");
    }

    @Test
    void aVersionComesAsWordAndPdfWithEveryPointsText() throws IOException {
        var version = http().get(PEACE_PLAN + "/versions/1").json();
        var docx = http().download(PEACE_PLAN + "/versions/1?format=docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition")).contains("peace-plan-version-1.docx");
        var word = RedlineReader.text(docx.body());
        var pdf = http().download(PEACE_PLAN + "/versions/us-28pt-2025-11-20", "Accept", "application/pdf");
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        var printed = pdfText(pdf.body());
        for (var point : version.get("points")) {
            if (!point.get("text").isNull()) {
                assertThat(word).contains(point.get("text").asString());
                assertThat(printed.replaceAll("\\s", "")).contains(point.get("text").asString().replaceAll("\\s", ""));
            }
        }
        assertThat(RedlineReader.changes(docx.body())).isEmpty();
        var byAccept = http().download(PEACE_PLAN + "/versions/2", "Accept", DOCX);
        assertThat(byAccept.header("Content-Type")).startsWith(DOCX);
        assertThat(byAccept.header("Content-Disposition")).contains("peace-plan-version-2.docx");
    }

    @Test
    void cyrillicTextPrintsWithTheBundledFont() throws IOException {
        var slug = "print-cyrillic-" + System.nanoTime();
        assertThat(editor().post("/api/documents", "application/json",
                "{\"slug\": \"" + slug + "\", \"title\": \"Мирный план\"}").status()).isEqualTo(201);
        var draft = "{\"id\": \"v1\", \"label\": \"Проект\", \"draftDate\": \"2025-11-20\", \"status\": \"leaked\", "
                + "\"sources\": [{\"outlet\": \"Українська правда\", \"url\": \"https://example.org/a\"}], "
                + "\"points\": [{\"number\": 1, \"category\": \"Суверенитет\", \"text\": \"Суверенитет Украины будет подтверждён.\"}]}";
        assertThat(editor().post("/api/documents/" + slug + "/versions", "application/json", draft).status()).isEqualTo(201);
        var text = pdfText(http().download("/api/documents/" + slug + "/versions/1?format=pdf").body());
        assertThat(text).contains("Суверенитет Украины будет подтверждён.").contains("Українська правда");

        // printed files are kept, but a corrected label prints anew
        var docx = "/api/documents/" + slug + "/versions/1?format=docx";
        assertThat(RedlineReader.text(http().download(docx).body())).contains("Проект");
        assertThat(editor().patch("/api/documents/" + slug + "/versions/1", "application/json",
                "{\"label\": \"Проект (исправлено)\", \"reason\": \"typo\"}").status()).isEqualTo(200);
        assertThat(RedlineReader.text(http().download(docx).body())).contains("Проект (исправлено)");
    }

    @Test
    void badRequestsAreProblemsEvenWhenAFileWasAskedFor() {
        var missing = http().get(PEACE_PLAN + "/diff?from=1&to=99&format=docx");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var byAccept = http().get(PEACE_PLAN + "/versions/99", "Accept", "application/pdf");
        assertThat(byAccept.status()).isEqualTo(404);
        var unknown = http().get(PEACE_PLAN + "/versions/1?format=odt");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("where").asString()).isEqualTo("format");
        assertThat(http().get(PEACE_PLAN + "/diff?from=1&to=2&format=odt").json().get("where").asString()).isEqualTo("format");
        assertThat(http().get(PEACE_PLAN + "/diff?from=1&to=2").contentType()).startsWith("application/json");
        assertThat(http().get(PEACE_PLAN + "/diff?from=1&to=2&format=unified").contentType()).startsWith("text/x-diff");
    }

    /**
     * What the redline must track, in reading order, from the diff's JSON: a new or old number and
     * category in the point's heading, then the text's deleted and inserted segments; a whole point
     * added or removed is inserted or deleted whole.
     */
    private static List<String> expectedChanges(JsonNode diff) {
        var expected = new ArrayList<String>();
        for (var point : diff.get("points")) {
            var change = point.get("change").asString();
            var before = point.get("before");
            var after = point.get("after");
            if (change.equals("unknown")) {
                continue;
            }
            pair(expected, change, numbered(before), numbered(after));
            pair(expected, change, category(before), category(after));
            if (!point.get("segments").isEmpty()) {
                point.get("segments").forEach(s -> {
                    if (!s.get("kind").asString().equals("equal") && !s.get("text").asString().isEmpty()) {
                        expected.add(s.get("kind").asString() + ":" + s.get("text").asString());
                    }
                });
            } else {
                pair(expected, change, text(before), text(after));
            }
        }
        return expected;
    }

    private static void pair(List<String> expected, String change, String before, String after) {
        if (change.equals("added")) {
            add(expected, "inserted", after);
        } else if (change.equals("removed")) {
            add(expected, "deleted", before);
        } else if (!Objects.equals(before, after)) {
            add(expected, "deleted", before);
            add(expected, "inserted", after);
        }
    }

    private static void add(List<String> expected, String kind, String text) {
        if (text != null && !text.isEmpty()) {
            expected.add(kind + ":" + text);
        }
    }

    private static String numbered(JsonNode point) {
        return point == null || point.isNull() || point.get("number").isNull() ? null : point.get("number").asString() + ". ";
    }

    private static String category(JsonNode point) {
        return point == null || point.isNull() ? null
                : point.get("category").isNull() ? point.get("key").asString() : point.get("category").asString();
    }

    private static String text(JsonNode point) {
        return point == null || point.isNull() || point.get("text").isNull() ? null : point.get("text").asString();
    }

    /** Keeps a copy under target/prints for a person to open, as the browser suite keeps screenshots. */
    private static void keep(String name, byte[] file) {
        try {
            Files.createDirectories(PRINTS);
            Files.write(PRINTS.resolve(name), file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String joined(List<RedlineReader.Change> changes, String kind) {
        return String.join("", changes.stream().filter(c -> c.kind().equals(kind)).map(RedlineReader.Change::text).toList());
    }

    private static int count(JsonNode diff, String change) {
        int n = 0;
        for (var point : diff.get("points")) {
            n += point.get("change").asString().equals(change) ? 1 : 0;
        }
        return n;
    }

    /**
     * The PDF's text in reading order on the page (highlighted words are drawn after the line they sit
     * in), line breaks and runs of spaces made single spaces, as a reader would quote it.
     */
    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return squeezed(stripper.getText(document));
        }
    }

    private static String folded(String text) {
        return text.replaceAll("[’‘]", "'").replaceAll("[“”]", "\"").replaceAll("[–—]", "-");
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
