package org.redline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redline.document.Documents;
import org.redline.importing.MarkdownDrafts;
import org.redline.testing.IntegrationTest;
import org.redline.version.MetadataCorrections;
import org.redline.version.PointView;
import org.redline.version.VersionRecording;
import org.redline.version.VersionTimeline;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Round trips that must lose nothing, on random histories that use every feature (see
 * {@link RandomHistory}): the history file exported, imported under another slug and exported again
 * is the same file; every version's Markdown table reads back to the points the version states.
 */
class HistoryRoundTripPropertyTest extends IntegrationTest {

    @Autowired
    Documents documents;

    @Autowired
    VersionRecording recording;

    @Autowired
    MetadataCorrections corrections;

    @Autowired
    VersionTimeline versions;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void exportImportExportGivesTheSameFileAndMarkdownReadsBackToTheSamePoints(long seed) {
        var slug = new RandomHistory(seed).write(documents, recording, corrections, versions);
        var exported = http().get("/api/documents/" + slug + "/export").body();
        assertThat(exported).as("the generated history uses every feature")
                .contains("\"mergedFrom\":[").contains("\"splitFrom\":\"").contains("\"corrections\":[")
                .contains("\"partial\":true").contains("\"status\":\"removed\"");

        var copy = "copy-" + slug;
        var imported = editor().post("/api/documents/import", "application/json", withSlug(exported, slug, copy));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(withSlug(http().get("/api/documents/" + copy + "/export").body(), copy, slug)).isEqualTo(exported);
        int latest = versions.latestNumber(slug);
        for (int n = 1; n <= latest; n++) {
            var path = "/api/documents/%s/versions/" + n;
            assertThat(http().get(path.formatted(copy)).json().get("points"))
                    .as("version %d's points, merges and splits", n).isEqualTo(http().get(path.formatted(slug)).json().get("points"));
            assertThat(http().get(path.formatted(copy) + "/corrections").status()).isIn(200, 404);
        }

        for (int n = 1; n <= latest; n++) {
            var markdown = http().get("/api/documents/" + slug + "/versions/" + n + "/markdown").body();
            var stated = versions.get(slug, Integer.toString(n)).points().stream().filter(PointView::listed).toList();
            assertThat(MarkdownDrafts.points(markdown).stream().map(p -> List.of(String.valueOf(p.number()),
                    String.valueOf(p.category()), String.valueOf(p.text()), p.status().code())).toList())
                    .as("version %d read back from its Markdown:%n%s", n, markdown)
                    .isEqualTo(stated.stream().map(p -> List.of(String.valueOf(p.number()), String.valueOf(p.category()),
                            String.valueOf(p.text()), p.status().code())).toList());
        }
    }

    @Test
    void aCorrectionThatDoesNotEndAtTheVersionsMetadataIsRefusedWholeAndNamed() {
        var slug = new RandomHistory(2).write(documents, recording, corrections, versions);
        var file = (ObjectNode) JsonMapper.shared().readTree(http().get("/api/documents/" + slug + "/export").body());
        var copy = "tampered-" + slug;
        ((ObjectNode) file.get("document")).put("slug", copy);
        int corrected = -1;
        for (int i = 0; i < file.get("versions").size() && corrected < 0; i++) {
            corrected = file.get("versions").get(i).has("corrections") ? i : -1;
        }
        var corrections = file.get("versions").get(corrected).get("corrections");
        int last = corrections.size() - 1;
        ((ObjectNode) corrections.get(last).get("after")).put("label", "not what the version says");

        var response = editor().post("/api/documents/import", "application/json", file.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("where").asString())
                .isEqualTo("versions[" + corrected + "].corrections[" + last + "].after");
        assertThat(http().get("/api/documents/" + copy).status()).isEqualTo(404);
    }

    private static String withSlug(String file, String from, String to) {
        return file.replace("\"slug\":\"" + from + "\"", "\"slug\":\"" + to + "\"");
    }
}
