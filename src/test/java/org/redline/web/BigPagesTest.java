package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A document of 450 points whose second version rewords three: its version and compare pages, its
 * version and diff JSON come a page at a time, and its search reads the index (issue 13).
 */
class BigPagesTest extends IntegrationTest {

    private static final int POINTS = 450;
    /** Recorded once for the class: 900 points cost seconds to record, and every test only reads them. */
    private static String slug;

    @BeforeEach
    void bigDocument() {
        if (slug != null) {
            return;
        }
        slug = "big-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"Big\"}").status())
                .isEqualTo(201);
        record(0);
        record(1);
    }

    private void record(int revision) {
        var points = new ArrayList<String>();
        for (int i = 1; i <= POINTS; i++) {
            var text = "Clause " + i + " binds the parties" + (revision == 1 && i % 150 == 0 ? " from 2026 onwards" : "") + ".";
            points.add("{\"key\": \"p" + i + "\", \"number\": " + i + ", \"text\": \"" + text + "\"}");
        }
        var response = editor().post("/api/documents/" + slug + "/versions", "application/json",
                "{\"label\": \"v" + (revision + 1) + "\", \"points\": [" + String.join(",", points) + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void theVersionPageShowsItsPointsAPageAtATime() {
        var first = http().get("/documents/" + slug + "/versions/2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(count(first.body(), "<li class=\"point")).isEqualTo(50);
        assertThat(first.body()).contains("(450)</span>").contains("Points 1–50 of 450 (page 1 of 9)")
                .contains("id=\"point-p50\"").doesNotContain("id=\"point-p51\"")
                .contains("href=\"/documents/" + slug + "/versions/2?page=1\"").doesNotContain("Previous points");
        var last = http().get("/documents/" + slug + "/versions/2?page=8").body();
        assertThat(count(last, "<li class=\"point")).isEqualTo(50);
        assertThat(last).contains("Points 401–450 of 450").contains("id=\"point-p450\"").doesNotContain("Next points");
        var small = http().get("/documents/" + slug + "/versions/2?page=1&size=100").body();
        assertThat(small).contains("Points 101–200 of 450").contains("versions/2?page=2&amp;size=100")
                .contains("versions/2?page=0&amp;size=100");
        assertThat(http().get("/documents/" + slug + "/versions/2?page=9").status()).isEqualTo(400);
        assertThat(http().get("/documents/" + slug + "/versions/2?page=-1").status()).isEqualTo(400);
        assertThat(http().get("/documents/" + slug + "/versions/2?size=1001").status()).isEqualTo(400);
        assertThat(http().get("/documents/" + slug + "/versions/2?page=x").status()).isEqualTo(400);
    }

    @Test
    void theComparePageOfABigDocumentShowsChangedPointsUnlessAskedForAllAPageAtATime() {
        var changed = http().get("/documents/" + slug + "/compare?from=1&to=2");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(count(changed.body(), "<article class=\"diff-point")).isEqualTo(3);
        assertThat(changed.body()).contains("447 unchanged points hidden.").contains("id=\"point-p150\"")
                .contains("id=\"point-p450\"").contains("from 2026 onwards")
                .contains("href=\"/documents/" + slug + "/compare?from=1&amp;to=2&amp;view=side&amp;filter=all\"");

        var all = http().get("/documents/" + slug + "/compare?from=1&to=2&filter=all&view=inline&page=1").body();
        assertThat(count(all, "<article class=\"diff-point")).isEqualTo(50);
        assertThat(all).contains("Points 51–100 of 450").contains("id=\"point-p51\"").doesNotContain("id=\"point-p50\"")
                // page links keep every other choice
                .contains("compare?from=1&amp;to=2&amp;view=inline&amp;filter=all&amp;page=2\"")
                .contains("compare?from=1&amp;to=2&amp;view=inline&amp;filter=all\"");
        assertThat(http().get("/documents/" + slug + "/compare?from=1&to=2&page=1").status())
                .as("3 changed points make one page").isEqualTo(400);
        assertThat(http().get("/documents/" + slug + "/compare?from=1&to=2&size=0").status()).isEqualTo(400);
    }

    @Test
    void versionAndDiffJsonArePagedWithTheirTotals() {
        var whole = http().get("/api/documents/" + slug + "/versions/2").json();
        assertThat(whole.get("points")).hasSize(POINTS);
        assertThat(whole.get("summary").get("number").asInt()).isEqualTo(2);
        assertThat(whole.get("totalPoints").asInt()).isEqualTo(POINTS);
        var page = http().get("/api/documents/" + slug + "/versions/2?page=4&size=100").json();
        assertThat(page.get("points")).hasSize(50);
        assertThat(page.get("points").get(0).get("key").asString()).isEqualTo("p401");
        assertThat(page.get("totalPages").asInt()).isEqualTo(5);
        assertThat(http().get("/api/documents/" + slug + "/versions/2?page=9&size=100").json().get("points")).isEmpty();
        assertThat(http().get("/api/documents/" + slug + "/versions/2?size=5001").status()).isEqualTo(400);

        var diff = http().get("/api/documents/" + slug + "/diff?from=1&to=2").json();
        assertThat(diff.get("points")).hasSize(POINTS);
        var changed = http().get("/api/documents/" + slug + "/diff?from=1&to=2&filter=changed").json();
        assertThat(keys(changed.get("points"))).containsExactly("p150", "p300", "p450");
        assertThat(changed.get("counts").get("modified").asInt()).isEqualTo(3);
        assertThat(changed.get("counts").get("unchanged").asInt()).isEqualTo(447);
        assertThat(changed.get("totalPoints").asInt()).isEqualTo(3);
        var second = http().get("/api/documents/" + slug + "/diff?from=1&to=2&page=1&size=200").json();
        assertThat(second.get("points").get(0).get("key").asString()).isEqualTo("p201");
        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(http().get("/api/documents/" + slug + "/diff?from=1&to=2&filter=some").status()).isEqualTo(400);
        assertThat(http().get("/api/documents/" + slug + "/diff?from=1&to=2&size=5001").status()).isEqualTo(400);
    }

    @Test
    void searchFindsWordsThroughTheIndexAndPagesThePoints() {
        var found = http().get("/api/documents/" + slug + "/search?q=2026%20ONWARD").json();
        assertThat(keys(found.get("points"))).containsExactly("p150", "p300", "p450");
        assertThat(found.get("first").get("number").asInt()).isEqualTo(2);
        assertThat(found.get("totalPoints").asInt()).isEqualTo(3);
        var clause = http().get("/api/documents/" + slug + "/search?q=binds%20the&size=100&page=4").json();
        assertThat(clause.get("totalPoints").asInt()).isEqualTo(POINTS);
        assertThat(clause.get("points")).hasSize(50);
        assertThat(clause.get("points").get(0).get("hits")).hasSize(2);
        // the phrase must appear as typed: both words are indexed, but not next to each other
        assertThat(http().get("/api/documents/" + slug + "/search?q=binds%20clause").json().get("points")).isEmpty();
        assertThat(http().get("/api/documents/" + slug + "/search?q=%E2%80%94").status()).isEqualTo(400);
    }

    @Test
    void theHomePageListsTheDocumentsFiftyAtATime() {
        for (int i = 0; i < 51; i++) {
            editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "-d" + i + "\", \"title\": \"D\"}");
        }
        var home = http().get("/").body();
        assertThat(count(home, "<li class=\"card\"")).isEqualTo(50);
        assertThat(home).containsPattern("Documents 1–50 of [0-9]+").contains("href=\"/?page=1\"");
        assertThat(count(http().get("/?page=1").body(), "<li class=\"card\"")).isPositive();
        assertThat(http().get("/?page=100000").status()).isEqualTo(400);
    }

    private static int count(String body, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(body).results().count();
    }

    private static java.util.List<String> keys(JsonNode points) {
        var keys = new ArrayList<String>();
        points.forEach(p -> keys.add(p.get("key").asString()));
        return keys;
    }
}
