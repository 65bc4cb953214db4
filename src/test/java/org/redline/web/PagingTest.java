package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;

/** Timeline and point history come a page at a time, each page read as a range of version numbers. */
class PagingTest extends IntegrationTest {

    @Test
    void timelineAndPointHistoryPagesHoldTheRightVersions() {
        var slug = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        for (int n = 1; n <= 5; n++) {
            var text = n % 2 == 0 ? "Fire ceases in round " + n + "." : "Fire ceases.";
            var response = editor().post("/api/documents/" + slug + "/versions", "application/json",
                    "{\"label\": \"v" + n + "\", \"points\": [{\"key\": \"ceasefire\", \"number\": 1, \"text\": \"" + text
                            + "\"}, {\"key\": \"n" + n + "\", \"number\": 2, \"text\": \"Only in " + n + ".\"}]}");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }
        var page = http().get("/api/documents/" + slug + "/versions?page=1&size=2").json();
        assertThat(numbers(page.get("items"))).containsExactly(3, 4);
        assertThat(page.get("totalItems").asInt()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(numbers(http().get("/api/documents/" + slug + "/versions?page=2&size=2").json().get("items"))).containsExactly(5);
        assertThat(http().get("/api/documents/" + slug + "/versions?page=9&size=2").json().get("items")).isEmpty();

        var history = http().get("/api/documents/" + slug + "/points/ceasefire/history?page=1&size=2").json();
        var entries = history.get("versions");
        var seen = new ArrayList<String>();
        entries.forEach(e -> seen.add(e.get("version").get("number").asInt() + ":" + e.get("change").asString()));
        // version 3 is compared with version 2, which lies on the page before
        assertThat(seen).containsExactly("3:modified", "4:modified");
        assertThat(entries.get(1).get("changes")).isNotEmpty();
        var absent = http().get("/api/documents/" + slug + "/points/n1/history?page=1&size=2").json().get("versions");
        assertThat(absent.get(0).get("state").asString()).isEqualTo("absent");
        assertThat(http().get("/api/documents/" + slug + "/points/nowhere/history").status()).isEqualTo(404);
    }

    @Test
    void aLongHistoryIsReadAPageAtATimeOnTheTimelinePageAndInTheChangeLog() {
        var slug = "long-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"Long\"}");
        for (int n = 1; n <= 105; n++) {
            var response = editor().post("/api/documents/" + slug + "/versions", "application/json",
                    "{\"label\": \"Draft " + n + "\", \"points\": [{\"key\": \"ceasefire\", \"number\": 1, \"text\": "
                            + "\"Fire ceases in round " + n + ".\"}]}");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        }

        // the page opens on the newest 50 versions and links to the older ones
        var newest = http().get("/documents/" + slug).body();
        assertThat(newest).contains("Versions 56–105 of 105").contains("Draft 105<").contains("Draft 56<")
                .doesNotContain("Draft 55<").contains("?page=1").contains("Older versions").doesNotContain("Newer versions");
        var oldest = http().get("/documents/" + slug + "?page=2").body();
        assertThat(oldest).contains("Versions 1–5 of 105").contains("Draft 1<").contains("Draft 5<")
                .doesNotContain("Draft 6<").contains("Newer versions").doesNotContain("Older versions");
        assertThat(http().get("/documents/" + slug + "?page=99").body()).contains("Versions 1–5 of 105");
        assertThat(http().get("/documents/" + slug + "?page=abc").status()).isEqualTo(400);

        // one point state per version: page 3 of 5 states is versions 90..86, read across windows of versions
        var page = http().get("/api/documents/" + slug + "/changes?page=3&size=5").json();
        var versions = new ArrayList<Integer>();
        page.get("items").forEach(item -> {
            if (!versions.contains(item.get("version").asInt())) {
                versions.add(item.get("version").asInt());
            }
        });
        assertThat(versions).containsExactly(90, 89, 88, 87, 86);
        assertThat(page.get("hasNext").asBoolean()).isTrue();
        var last = http().get("/api/documents/" + slug + "/changes?page=20&size=5").json();
        assertThat(last.get("items").get(last.get("items").size() - 1).get("version").asInt()).isEqualTo(1);
        assertThat(last.get("hasNext").asBoolean()).isFalse();
        var one = http().get("/api/documents/" + slug + "/changes?version=20").json().get("items");
        assertThat(one).isNotEmpty().allMatch(item -> item.get("version").asInt() == 20);
        var tooDeep = http().get("/api/documents/" + slug + "/changes?page=100&size=100");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.body()).contains("reaches back");

        // more versions than Javers returns by default (100): the integrity check still sees every one
        var reports = new ArrayList<tools.jackson.databind.JsonNode>();
        editor().get("/api/admin/integrity").json().get("documents").forEach(report -> {
            if (report.get("document").asString().equals(slug)) {
                reports.add(report);
            }
        });
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("problems")).as(reports.get(0).toString()).isEmpty();
        assertThat(reports.get(0).get("versions").asInt()).isEqualTo(105);
        assertThat(reports.get(0).get("auditCommits").asInt()).isEqualTo(105);
    }

    private static List<Integer> numbers(tools.jackson.databind.JsonNode items) {
        var numbers = new ArrayList<Integer>();
        items.forEach(i -> numbers.add(i.get("number").asInt()));
        return numbers;
    }
}
