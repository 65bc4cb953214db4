package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;

/**
 * Versions known only from reports (22, 27 and 20 points in Nov-Dec 2025) read honestly everywhere:
 * counted, not read; a reported change is unknown with its note; diffs look through to text.
 */
class ReportedVersionsTest extends IntegrationTest {

    private static final String PLAN = "/api/documents/peace-plan";

    @Test
    void aReportedOnlyVersionCarriesItsCountSourcesAndNoText() {
        var v4 = http().get(PLAN + "/versions/us-22pt-claim-2025-11-26").json();
        var knowledge = v4.get("summary").get("knowledge");
        assertThat(knowledge.get("kind").asString()).isEqualTo("reported-only");
        assertThat(knowledge.get("reportedPointCount").asInt()).isEqualTo(22);
        assertThat(knowledge.get("uncertain").asBoolean()).isTrue();
        assertThat(v4.get("summary").get("sources").get(0).get("url").asString()).isEqualTo("https://tass.com/world/2048955");
        assertThat(v4.get("summary").get("derivedFrom").get("ref").asString()).isEqualTo("us-ua-19pt-geneva-2025-11-23");
        v4.get("points").forEach(p -> {
            assertThat(p.get("text").isNull()).as(p.get("key").asString()).isTrue();
            assertThat(p.get("status").asString()).as("nothing reported: every point unknown").isEqualTo("unknown");
        });

        var territories = http().get(PLAN + "/versions/6").json().get("points");
        territories.forEach(p -> {
            if (p.get("key").asString().equals("territories")) {
                assertThat(p.get("status").asString()).isEqualTo("unknown");
                assertThat(p.get("listed").asBoolean()).isTrue();
                assertThat(p.get("note").asString()).contains("new ideas on territory");
            }
        });
    }

    @Test
    void diffsLookThroughToTheNearestVersionWithTextAndSaySo() {
        var diff = http().get(PLAN + "/diff?from=4&to=7").json();
        assertThat(diff.get("from").get("number").asInt()).isEqualTo(3);
        assertThat(diff.get("lookThrough").get(0).get("asked").get("number").asInt()).isEqualTo(4);
        assertThat(diff.get("lookThrough").get(0).get("compared").get("number").asInt()).isEqualTo(3);
        assertThat(diff.get("lookThrough").get(0).get("reason").asString()).contains("known only from reports");
        assertThat(http().get(PLAN + "/diff?from=1&to=7").json().get("lookThrough")).isEmpty();
    }

    @Test
    void exportsSayWhatIsKnown() {
        var markdown = http().get(PLAN + "/versions/5/markdown").body();
        assertThat(markdown).contains("- Known only from reports: 27 points reported (counted, not read; no text)").contains("- Uncertain");
        var csv = http().get(PLAN + "/export/matrix.csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("version_kind,reported_point_count,uncertain");
        assertThat(csv.lines().filter(l -> l.contains("us-ru-27pt-2025-12") && l.endsWith("reported-only,27,true"))).isNotEmpty();
        var history = http().get(PLAN + "/points/territories/history").json().get("versions");
        assertThat(history.get(5).get("state").asString()).isEqualTo("unknown");
    }
}
