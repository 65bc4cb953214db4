package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** A point's path through renumbering, a merge, a split, a drop and a return; API and page. The tests only read: one history for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineageApiTest extends IntegrationTest {

    private String slug;

    @BeforeAll
    void history() {
        slug = "lineage-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        record("""
                {"id": "one", "label": "one", "points": [
                  {"key": "ceasefire", "number": 1, "category": "Ceasefire", "text": "Fire ceases at once along the line."},
                  {"key": "amnesty", "number": 2, "category": "Amnesty", "text": "Full amnesty for wartime acts."},
                  {"key": "prisoners", "number": 3, "category": "Prisoners", "text": "All prisoners are exchanged."},
                  {"key": "children", "number": 4, "category": "Children", "text": "Deported children come home."}]}""");
        record("""
                {"id": "two", "label": "two", "derivedFrom": "one", "points": [
                  {"key": "prisoners", "number": 1, "category": "Humanitarian", "text": "All prisoners are exchanged and deported children come home.", "mergedFrom": ["children"]},
                  {"key": "ceasefire", "number": 2, "category": "Ceasefire", "text": "Fire ceases at once."},
                  {"key": "monitoring", "number": 3, "category": "Monitoring", "text": "Monitors watch the line.", "splitFrom": "ceasefire"}]}""");
        record("""
                {"id": "three", "label": "three", "derivedFrom": "two", "points": [
                  {"key": "prisoners", "number": 1, "category": "Humanitarian", "text": "All prisoners are exchanged and deported children come home."},
                  {"key": "ceasefire", "number": 2, "category": "Ceasefire", "text": "Fire ceases at once."},
                  {"key": "monitoring", "number": 3, "category": "Monitoring", "text": "Monitors watch the line."},
                  {"key": "amnesty", "number": 4, "category": "Amnesty", "text": "Amnesty except for war crimes."}]}""");
    }

    private void record(String json) {
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json", json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private List<List<String>> kinds(String key) {
        var lineage = http().get("/api/documents/" + slug + "/points/" + key + "/lineage").json();
        var kinds = new ArrayList<List<String>>();
        for (JsonNode step : lineage.get("steps")) {
            var here = new ArrayList<String>();
            step.get("events").forEach(e -> here.add(e.get("kind").asString()));
            kinds.add(here);
        }
        return kinds;
    }

    @Test
    void renumberingSplitMergeDropAndReturnAreAllOnThePath() {
        assertThat(kinds("ceasefire")).containsExactly(List.of("appeared"), List.of("renumbered", "reworded", "split-into"), List.of());
        assertThat(kinds("children")).containsExactly(List.of("appeared"), List.of("merged-into"), List.of());
        assertThat(kinds("prisoners").get(1)).contains("renumbered", "merged-from");
        assertThat(kinds("monitoring")).containsExactly(List.of(), List.of("appeared", "split-from"), List.of());
        assertThat(kinds("amnesty")).containsExactly(List.of("appeared"), List.of("dropped"), List.of("returned"));
        var lineage = http().get("/api/documents/" + slug + "/points/ceasefire/lineage").json();
        assertThat(lineage.get("related").get(0).asString()).isEqualTo("monitoring");
        assertThat(lineage.get("steps").get(1).get("events").get(0).get("description").asString()).isEqualTo("renumbered 1 → 2");
        assertThat(http().get("/api/documents/" + slug + "/points/nothing/lineage").status()).isEqualTo(404);
    }

    @Test
    void theLineagePageShowsThePath() {
        var page = http().get("/documents/" + slug + "/points/ceasefire/lineage");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("renumbered 1 → 2").contains("part of it split off as monitoring")
                .contains("/documents/" + slug + "/points/monitoring/lineage");
    }
}
