package org.redline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redline.importing.internal.DraftFormat;
import org.redline.importing.internal.DraftUpload;
import org.redline.importing.internal.JsonDraftReader;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;

/**
 * The file formats read the drafts they were made from (src/test/resources/import, made by make-files.sh
 * with POI, Chromium and LibreOffice): every point with its number, category and text.
 */
public class FileDraftReadersTest {

    public static final Path FILES = Path.of("src", "test", "resources", "import");
    static final String FRAMEWORK = "ua-us-20pt-2025-12-23";

    static DraftImport.Parsed read(Path file, String contentType) throws IOException {
        return DraftImport.read(new DraftUpload(Files.readAllBytes(file), contentType, file.getFileName().toString(), Map.of()));
    }

    /** The draft's points as its JSON gives them. */
    static List<DraftPoint> expected(String id) throws IOException {
        var root = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.shared()
                .readTree(Files.readAllBytes(FILES.resolve("drafts").resolve(id + ".json")));
        root.remove("unplacedProvisions"); // research notes some drafts carry beside the format's fields
        return JsonDraftReader.read(root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).points();
    }

    static void assertSamePoints(Draft read, String id) throws IOException {
        var expected = expected(id);
        assertThat(read.points()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            var got = read.points().get(i);
            var want = expected.get(i);
            assertThat(got.number()).as("number of point %d", i + 1).isEqualTo(want.number());
            assertThat(got.category()).as("category of point %d", i + 1).isEqualTo(want.category());
            assertThat(got.text()).as("text of point %d", i + 1).isEqualTo(want.text());
            assertThat(got.status()).as("status of point %d", i + 1).isEqualTo(want.status());
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(nullValues = "-", value = {
            "docx/" + FRAMEWORK + ".docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, DOCX",
            "docx/" + FRAMEWORK + ".docx, -, DOCX",
            "docx/" + FRAMEWORK + "-tracked.docx, application/octet-stream, DOCX",
            "odt/" + FRAMEWORK + ".odt, application/vnd.oasis.opendocument.text, ODT",
            "odt/from-html/" + FRAMEWORK + ".odt, -, ODT",
            "odt/" + FRAMEWORK + "-tracked.odt, -, ODT",
            "pdf/" + FRAMEWORK + ".pdf, application/pdf, PDF",
            "pdf/" + FRAMEWORK + ".pdf, -, PDF",
            "html/" + FRAMEWORK + ".html, text/html; charset=utf-8, HTML",
            "html/" + FRAMEWORK + ".html, -, HTML",
    })
    void theFrameworkReadsWithItsTwentyPoints(String file, String contentType, DraftFormat format) throws IOException {
        var parsed = read(FILES.resolve(file), contentType);
        assertThat(parsed.format()).isEqualTo(format);
        assertSamePoints(parsed.draft(), FRAMEWORK);
        assertThat(parsed.draft().label()).startsWith("US-Ukraine 20-point framework");
    }

    /** LibreOffice keeps Word's tracked changes as ODF's: both files are read accepted, and say so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"docx/" + FRAMEWORK + "-tracked.docx", "odt/" + FRAMEWORK + "-tracked.odt"})
    void trackedChangesAreReadAcceptedAndNoted(String file) throws IOException {
        var parsed = read(FILES.resolve(file), null);
        assertThat(parsed.notes()).singleElement().asString().contains("tracked changes", "accepted");
        assertThat(parsed.draft().points().get(3).text()).isEqualTo("Ukraine's armed forces stay at 800,000 personnel in peacetime.");
        assertThat(read(FILES.resolve(file.replace("-tracked", "")), null).notes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"us-28pt-2025-11-20", "e3-counter-2025-11-23", "eu-24pt-telegraph-2025-11-23", "us-ua-19pt-geneva-2025-11-23",
            "berlin-statement-2025-12-15", FRAMEWORK, "paris-declaration-2026-01-06"})
    void eachDraftsNewsArticleReadsAsTheDraft(String id) throws IOException {
        var parsed = read(FILES.resolve("html").resolve(id + ".html"), "text/html");
        assertSamePoints(parsed.draft(), id);
    }
}
