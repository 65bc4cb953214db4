package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every document under fixtures/ goes through the editor's import path into a fresh document, and each
 * version's diff against its parent is compared with the expected classes kept beside the fixtures in
 * {@code expected/NNN-*.changes.json}. On a mismatch the actual output is written to target/golden/ to
 * review and, if right, copy over.
 */
class GoldenFixturesTest extends IntegrationTest {

    private static final Path FIXTURES = Path.of("fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Path> documents() throws IOException {
        try (var folders = Files.list(FIXTURES)) {
            return folders.filter(f -> Files.exists(f.resolve("document.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void eachVersionDiffsAgainstItsParentAsExpected(Path folder) throws IOException {
        var slug = "golden-" + UUID.randomUUID().toString().substring(0, 8);
        var meta = JSON.readTree(folder.resolve("document.json").toFile());
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": "
                + JSON.writeValueAsString(meta.get("title").asString()) + "}").status()).isEqualTo(201);
        List<Path> drafts;
        try (var files = Files.list(folder)) {
            drafts = files.filter(f -> f.getFileName().toString().matches("[0-9]{3}-.+\\.json")).sorted().toList();
        }
        var mismatches = new ArrayList<String>();
        for (var draft : drafts) {
            var recorded = editor().post("/api/documents/" + slug + "/versions", "application/json", Files.readAllBytes(draft));
            assertThat(recorded.status()).as(draft + ": " + recorded.body()).isEqualTo(201);
            var version = recorded.json().get("version");
            var actual = JSON.createObjectNode();
            actual.put("version", version.get("number").asInt());
            actual.set("counts", version.get("changes"));
            if (version.get("derivedFrom") != null && !version.get("derivedFrom").isNull()) {
                var diff = http().get("/api/documents/" + slug + "/diff?from=" + version.get("derivedFrom").get("number").asInt()
                        + "&to=" + version.get("number").asInt()).json();
                actual.set("points", changes(diff));
            }
            var name = draft.getFileName().toString().replace(".json", ".changes.json");
            var expectedFile = folder.resolve("expected").resolve(name);
            var rendered = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
            if (!Files.exists(expectedFile) || !JSON.readTree(expectedFile.toFile()).equals(JSON.readTree(rendered))) {
                var out = Path.of("target", "golden", folder.getFileName().toString(), name);
                Files.createDirectories(out.getParent());
                Files.writeString(out, rendered, StandardCharsets.UTF_8);
                mismatches.add(expectedFile + " differs from what the import gives now; see " + out);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Per point: key, class, and the fields that changed; unchanged points are left out. */
    private static JsonNode changes(JsonNode diff) {
        var list = JSON.createArrayNode();
        for (var point : diff.get("points")) {
            if (point.get("change").asString().equals("unchanged")) {
                continue;
            }
            ObjectNode entry = list.addObject();
            entry.put("key", point.get("key").asString());
            entry.put("change", point.get("change").asString());
            var fields = entry.putArray("fields");
            point.get("fields").forEach(f -> fields.add(f.get("field").asString()));
        }
        return list;
    }
}
