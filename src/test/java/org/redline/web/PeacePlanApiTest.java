package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** What a reader of the fixtures' peace-plan history must see, over real HTTP. */
class PeacePlanApiTest extends IntegrationTest {

    private JsonNode diff(String from, String to) {
        var response = http().get("/api/documents/peace-plan/diff?from=" + from + "&to=" + to);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode point(JsonNode diff, String key) {
        for (var point : diff.get("points")) {
            if (point.get("key").asString().equals(key)) {
                return point;
            }
        }
        throw new AssertionError("no point " + key + " in diff");
    }

    private static String segments(JsonNode point, String kind) {
        var texts = new ArrayList<String>();
        point.get("segments").forEach(s -> {
            if (s.get("kind").asString().equals(kind)) {
                texts.add(s.get("text").asString());
            }
        });
        return String.join("|", texts);
    }

    @Test
    void theTimelineShowsEveryFixtureVersionOldestFirst() {
        var timeline = http().get("/api/documents/peace-plan/versions").json();
        var items = timeline.get("items");
        var refs = new ArrayList<String>();
        items.forEach(i -> refs.add(i.get("ref").asString()));
        assertThat(refs).containsExactly("us-28pt-2025-11-20", "e3-counter-2025-11-23", "us-ua-19pt-geneva-2025-11-23",
                "us-22pt-claim-2025-11-26", "us-ru-27pt-2025-12", "ua-us-20pt-2025-12-10", "ua-us-20pt-2025-12-23");
        assertThat(items.get(0).get("ref").asString()).isEqualTo("us-28pt-2025-11-20");
        assertThat(items.get(0).get("changes").get("added").asInt()).isEqualTo(28);
        var e3 = items.get(1);
        assertThat(e3.get("ref").asString()).isEqualTo("e3-counter-2025-11-23");
        assertThat(e3.get("partial").asBoolean()).isTrue();
        assertThat(e3.get("derivedFrom").get("number").asInt()).isEqualTo(1);
        assertThat(e3.get("recordedBy").asString()).isEqualTo("fixtures");
        assertThat(e3.get("changes").get("unknown").asInt()).isEqualTo(4);
        assertThat(e3.get("sources")).isNotEmpty();
        var geneva = items.get(2);
        assertThat(geneva.get("status").asString()).isEqualTo("reported");
        assertThat(geneva.get("derivedFrom").get("ref").asString()).isEqualTo("us-28pt-2025-11-20");
    }

    @Test
    void diffOneToTwoShowsTheArmyCapAndWhatIsUnknown() {
        var diff = diff("1", "2");
        var military = point(diff, "military-limits");
        assertThat(military.get("change").asString()).isEqualTo("modified");
        assertThat(segments(military, "deleted")).contains("600,000");
        assertThat(segments(military, "inserted")).contains("800,000").contains("in peacetime");
        assertThat(point(diff, "security-expectations").get("change").asString()).isEqualTo("removed");
        for (var key : List.of("enforcement", "nuclear-treaties", "cultural-tolerance", "trade-access")) {
            assertThat(point(diff, key).get("change").asString()).as(key).isEqualTo("unknown");
        }
        assertThat(diff.get("counts").get("unknown").asInt()).isEqualTo(4);
    }

    @Test
    void diffOneToThreeShowsMilitaryLimitsRemovedAndTerritoriesBracketed() {
        var diff = diff("1", "us-ua-19pt-geneva-2025-11-23");
        assertThat(point(diff, "military-limits").get("change").asString()).isEqualTo("removed");
        var territories = point(diff, "territories");
        assertThat(territories.get("change").asString()).isEqualTo("modified");
        var status = new ArrayList<String>();
        territories.get("fields").forEach(f -> {
            if (f.get("field").asString().equals("status")) {
                status.add(f.get("before").asString() + "->" + f.get("after").asString());
            }
        });
        assertThat(status).containsExactly("agreed->bracketed");
    }

    @Test
    void diffWorksAcrossBranchesAndInEitherOrder() {
        var across = diff("2", "3");
        assertThat(point(across, "military-limits").get("change").asString()).isEqualTo("removed");
        var backwards = diff("3", "1");
        assertThat(point(backwards, "military-limits").get("change").asString()).isEqualTo("added");
        assertThat(backwards.get("from").get("number").asInt()).isEqualTo(3);
    }

    @Test
    void aDiffIsImmutableAndRevalidatesWith304() {
        var first = http().get("/api/documents/peace-plan/diff?from=1&to=2");
        assertThat(first.header("Cache-Control")).contains("immutable").contains("max-age=31536000");
        var etag = first.header("ETag");
        assertThat(etag).startsWith("\"");
        var again = http().get("/api/documents/peace-plan/diff?from=1&to=2");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(etag);
        var revalidated = http().get("/api/documents/peace-plan/diff?from=1&to=2", "If-None-Match", etag);
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(http().get("/api/documents/peace-plan/diff?from=2&to=1").header("ETag")).isNotEqualTo(etag);
        assertThat(http().get("/api/documents/peace-plan/diff?from=1&to=2&format=html").status()).isEqualTo(400);
    }

    @Test
    void theUnifiedDiffIsReadableText() {
        var byAccept = http().get("/api/documents/peace-plan/diff?from=1&to=2", "Accept", "text/x-diff");
        assertThat(byAccept.status()).isEqualTo(200);
        assertThat(byAccept.contentType()).startsWith("text/x-diff");
        assertThat(byAccept.body()).startsWith("--- peace-plan@us-28pt-2025-11-20\n+++ peace-plan@e3-counter-2025-11-23\n");
        assertThat(byAccept.body()).contains("-6. [Military Limits] Ukraine’s armed forces capped at 600,000")
                .contains("+6. [Military Limits] Ukraine's armed forces are capped at 800,000 in peacetime.");
        var byParameter = http().get("/api/documents/peace-plan/diff?from=1&to=2&format=unified");
        assertThat(byParameter.body()).isEqualTo(byAccept.body());
    }

    @Test
    void theMilitaryLimitsHistoryCoversEveryVersionWithItsAuditChanges() {
        var history = http().get("/api/documents/peace-plan/points/military-limits/history").json();
        var versions = history.get("versions");
        assertThat(versions).hasSize(7);
        assertThat(versions.get(0).get("state").asString()).isEqualTo("stated");
        assertThat(versions.get(1).get("change").asString()).isEqualTo("modified");
        assertThat(versions.get(2).get("state").asString()).isEqualTo("removed");
        assertThat(versions.get(6).get("state").asString()).as("back at 800,000 in the 20-point framework").isEqualTo("stated");
        var textChange = new ArrayList<JsonNode>();
        versions.get(1).get("changes").forEach(c -> {
            if ("text".equals(c.get("field").asString(null))) {
                textChange.add(c);
            }
        });
        assertThat(textChange).singleElement().satisfies(c -> {
            assertThat(c.get("before").asString()).contains("600,000");
            assertThat(c.get("after").asString()).contains("800,000");
            assertThat(c.get("author").asString()).isEqualTo("fixtures");
            assertThat(c.get("version").asInt()).isEqualTo(2);
        });
    }

    @Test
    void aPointUnknownInAVersionReadsAsUnknownInItsHistory() {
        var versions = http().get("/api/documents/peace-plan/points/enforcement/history").json().get("versions");
        assertThat(versions.get(1).get("state").asString()).isEqualTo("unknown");
        assertThat(versions.get(1).get("change").asString()).isEqualTo("unknown");
    }

    @Test
    void theChangeLogListsJaversChangesNewestFirstAndFilters() {
        var log = http().get("/api/documents/peace-plan/changes?size=5").json();
        assertThat(log.get("items")).isNotEmpty();
        assertThat(log.get("items").get(0).get("version").asInt()).isEqualTo(7);
        assertThat(log.get("hasNext").asBoolean()).isTrue();

        var statusChanges = http().get("/api/documents/peace-plan/changes?field=status&size=100").json().get("items");
        var removedInGeneva = new ArrayList<String>();
        statusChanges.forEach(c -> {
            assertThat(c.get("field").asString()).isEqualTo("status");
            if (c.get("version").asInt() == 3 && "removed".equals(c.get("after").asString())) {
                removedInGeneva.add(c.get("key").asString());
            }
        });
        assertThat(removedInGeneva).containsExactlyInAnyOrder("military-limits");

        var byKey = http().get("/api/documents/peace-plan/changes?key=amnesty").json().get("items");
        byKey.forEach(c -> assertThat(c.get("key").asString()).isEqualTo("amnesty"));
        assertThat(http().get("/api/documents/peace-plan/changes?author=nobody").json().get("items")).isEmpty();
        assertThat(http().get("/api/documents/peace-plan/changes?author=fixtures&size=1").json().get("items").get(0)
                .get("author").asString()).isEqualTo("fixtures");
    }

    @Test
    void aVersionReadsByNumberOrRef() {
        var byNumber = http().get("/api/documents/peace-plan/versions/1").json();
        var byRef = http().get("/api/documents/peace-plan/versions/us-28pt-2025-11-20").json();
        assertThat(byNumber).isEqualTo(byRef);
        assertThat(byNumber.get("points")).hasSize(28);
        assertThat(byNumber.get("points").get(5).get("key").asString()).isEqualTo("military-limits");
        assertThat(byNumber.get("points").get(5).get("number").asString()).isEqualTo("6");
    }
}
