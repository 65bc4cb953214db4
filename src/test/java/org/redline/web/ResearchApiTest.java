package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** What researchers ask of the peace plan's history: blame, search, as-of, n-way, feeds and exports. */
class ResearchApiTest extends IntegrationTest {

    private static JsonNode pointOf(JsonNode blame, String key) {
        for (var point : blame.get("points")) {
            if (point.get("key").asString().equals(key)) {
                return point;
            }
        }
        throw new AssertionError("no " + key);
    }

    private static List<Integer> numbers(JsonNode links) {
        var numbers = new ArrayList<Integer>();
        links.forEach(l -> numbers.add(l.get("number").asInt()));
        return numbers;
    }

    @Test
    void blameOfTheE3VersionNamesVersionOneForWhatStayedAndTwoForWhatChanged() {
        var blame = http().get("/api/documents/peace-plan/versions/e3-counter-2025-11-23/blame").json();
        var military = pointOf(blame, "military-limits").get("fields");
        assertThat(military.get("text").get("number").asInt()).isEqualTo(2);
        assertThat(military.get("number").get("number").asInt()).isEqualTo(1);
        assertThat(military.get("category").get("number").asInt()).isEqualTo(1);
        assertThat(military.get("text").get("recordedBy").asString()).isEqualTo("fixtures");
        assertThat(military.get("text").get("draftDate").asString()).isEqualTo("2025-11-23");
        var removed = pointOf(blame, "security-expectations");
        assertThat(removed.get("status").asString()).isEqualTo("removed");
        assertThat(removed.get("fields").get("status").get("number").asInt()).isEqualTo(2);
        var unknown = pointOf(blame, "enforcement");
        assertThat(unknown.get("known").asBoolean()).isFalse();
        assertThat(unknown.get("fields").get("text").get("number").asInt()).isEqualTo(1);
    }

    @Test
    void searchFindsAmnestyAndWhereItDisappears() {
        var result = http().get("/api/documents/peace-plan/search?q=AMNESTY").json();
        assertThat(numbers(result.get("versions"))).containsExactly(1);
        assertThat(result.get("first").get("number").asInt()).isEqualTo(1);
        assertThat(result.get("last").get("number").asInt()).isEqualTo(1);
        // dropped by E3 and Geneva, and in no later version (the 20 points have no amnesty point)
        assertThat(numbers(result.get("disappearedIn"))).containsExactly(2, 3, 4, 5, 6, 7);
        var point = result.get("points").get(0);
        assertThat(point.get("key").asString()).isEqualTo("amnesty");
        assertThat(numbers(point.get("gone"))).as("the versions that state it removed").containsExactly(2, 3);
        var hit = point.get("hits").get(0);
        assertThat(hit.get("match").asString()).isEqualTo("amnesty");
        assertThat(hit.get("before").asString()).isEqualTo("Full ");
        assertThat(hit.get("after").asString()).startsWith(" for wartime actions");

        var filtered = http().get("/api/documents/peace-plan/search?q=amnesty&status=bracketed").json();
        assertThat(filtered.get("versions")).isEmpty();
        assertThat(http().get("/api/documents/peace-plan/search?q=600,000&category=Military%20Limits").json()
                .get("versions")).hasSize(1);
        assertThat(http().get("/api/documents/peace-plan/search?q=x&status=maybe").status()).isEqualTo(400);
    }

    @Test
    void theVersionInForceOnADateFollowsTheChosenDate() {
        assertThat(http().get("/api/documents/peace-plan/as-of?date=2025-11-21").json().get("number").asInt()).isEqualTo(1);
        assertThat(http().get("/api/documents/peace-plan/as-of?date=2025-11-23").json().get("number").asInt()).isEqualTo(3);
        assertThat(http().get("/api/documents/peace-plan/as-of?date=2025-11-23&by=reported").json().get("number").asInt()).isEqualTo(2);
        assertThat(http().get("/api/documents/peace-plan/as-of?date=2025-01-01").status()).isEqualTo(404);
        assertThat(http().get("/api/documents/peace-plan/as-of?date=soon").status()).isEqualTo(400);
    }

    @Test
    void droppedAndReturnedPoints() {
        var fixtures = http().get("/api/documents/peace-plan/dropped").json();
        var dropped = new ArrayList<String>();
        fixtures.get("dropped").forEach(d -> dropped.add(d.get("key").asString() + "@" + d.get("droppedIn").get("number").asInt()));
        // The 20-point framework (version 7, a full text) leaves out what facts.md says it leaves out.
        assertThat(dropped).containsExactlyInAnyOrder("security-expectations@2", "amnesty@2", "nato-ban@7", "troop-restrictions@7",
                "frozen-assets@7", "dialogue@7", "enforcement@7", "russia-reintegration@7", "nuclear-treaties@7", "regional-deployment@7");
        // The army cap, dropped at Geneva, returns at 800,000 in the 20 points.
        var returnedInFixtures = new ArrayList<String>();
        fixtures.get("returned").forEach(r -> returnedInFixtures.add(r.get("key").asString() + "@" + r.get("droppedIn").get("number").asInt()
                + ">" + r.get("returnedIn").get("number").asInt()));
        assertThat(returnedInFixtures).contains("military-limits@3>7");

        var slug = "comeback-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        var versions = "/api/documents/" + slug + "/versions";
        editor().post(versions, "application/json", "{\"label\": \"a\", \"points\": [{\"number\": 1, \"category\": \"Amnesty\", \"text\": \"Full amnesty.\"}, {\"number\": 2, \"category\": \"Elections\", \"text\": \"Soon.\"}]}");
        editor().post(versions, "application/json", "{\"label\": \"b\", \"points\": [{\"number\": 1, \"category\": \"Elections\", \"text\": \"Soon.\"}]}");
        editor().post(versions, "application/json", "{\"label\": \"c\", \"points\": [{\"number\": 1, \"category\": \"Elections\", \"text\": \"Soon.\"}, {\"number\": 2, \"category\": \"Amnesty\", \"text\": \"Partial amnesty.\"}]}");
        var result = http().get("/api/documents/" + slug + "/dropped").json();
        assertThat(result.get("dropped")).isEmpty();
        var returned = result.get("returned").get(0);
        assertThat(returned.get("key").asString()).isEqualTo("amnesty");
        assertThat(returned.get("droppedIn").get("number").asInt()).isEqualTo(2);
        assertThat(returned.get("returnedIn").get("number").asInt()).isEqualTo(3);
    }

    @Test
    void nWayShowsOnePointAcrossChosenVersions() {
        var view = http().get("/api/documents/peace-plan/points/military-limits/compare?versions=1,2,3").json();
        var columns = view.get("columns");
        assertThat(columns).hasSize(3);
        var inserted = new StringBuilder();
        columns.get(1).get("againstPrevious").get("segments").forEach(s -> {
            if (s.get("kind").asString().equals("inserted")) {
                inserted.append(s.get("text").asString());
            }
        });
        assertThat(inserted.toString()).contains("800,000");
        assertThat(columns.get(2).get("point").get("status").asString()).isEqualTo("removed");
        assertThat(http().get("/api/documents/peace-plan/points/nothing/compare?versions=1,2").status()).isEqualTo(404);
    }

    @Test
    void theAtomFeedParsesAsAtomWithOneEntryPerVersion() throws Exception {
        var response = http().get("/api/documents/peace-plan/feed");
        assertThat(response.contentType()).startsWith("application/atom+xml");
        var input = new WireFeedInput();
        var feed = (Feed) input.build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getEntries()).hasSize(7);
        var ids = new HashSet<String>();
        for (var entry : feed.getEntries()) {
            assertThat(ids.add(entry.getId())).isTrue();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getAuthors()).isNotEmpty();
            // absolute links come from redline.public-url (its default here), not from the request's Host
            assertThat(entry.getAlternateLinks().get(0).getHref()).startsWith("http://localhost:8080/documents/peace-plan/versions/");
        }
        assertThat(feed.getEntries().get(0).getTitle()).startsWith("Version 7:");
        assertThat(feed.getEntries().get(4).getTitle()).startsWith("Version 3:");
        assertThat(feed.getEntries().get(4).getSummary().getValue()).contains("removed").contains("against version us-28pt-2025-11-20");
    }

    @Test
    void theCsvMatrixHasOneRowPerPointAndVersion() throws Exception {
        var response = http().get("/api/documents/peace-plan/export/matrix.csv");
        assertThat(response.contentType()).startsWith("text/csv");
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        int keys = (int) records.stream().map(r -> r.get("key")).distinct().count();
        assertThat(keys).as("the 28 points, and trade and reconstruction funds from the 20").isEqualTo(30);
        assertThat(records).hasSize(keys * 7);
        var pairs = new HashSet<String>();
        records.forEach(r -> assertThat(pairs.add(r.get("key") + "@" + r.get("version"))).isTrue());
        var military = records.stream().filter(r -> r.get("key").equals("military-limits")).toList();
        assertThat(military).extracting(r -> r.get("status"))
                .containsExactly("agreed", "agreed", "removed", "absent", "absent", "absent", "agreed");
        assertThat(military.get(1).get("text")).contains("800,000");
        var enforcementInE3 = records.stream().filter(r -> r.get("key").equals("enforcement") && r.get("version").equals("2")).findFirst().orElseThrow();
        assertThat(enforcementInE3.get("status")).isEqualTo("unknown");
        assertThat(http().get("/api/documents/peace-plan/export/matrix.json").json()).hasSize(keys * 7);
    }

    @Test
    void csvCellsASpreadsheetWouldRunAsFormulasStartWithAQuote() throws Exception {
        var slug = "formula-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        var texts = List.of("=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1:A2)", "A plain point = fine");
        var points = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            points.append(i == 0 ? "" : ", ").append("{\"number\": ").append(i + 1).append(", \"category\": \"")
                    .append(i == 0 ? "=HYPERLINK(\\\"x\\\")" : "Plain").append("\", \"text\": \"")
                    .append(texts.get(i).replace("\"", "\\\"")).append("\"}");
        }
        var recorded = editor().post("/api/documents/" + slug + "/versions", "application/json",
                "{\"id\": \"f1\", \"label\": \"f1\", \"points\": [" + points + "]}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        var csv = http().get("/api/documents/" + slug + "/export/matrix.csv").body();
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("text")).containsExactly("'=cmd|' /C calc'!A0", "'+1+2", "'-2+3",
                "'@SUM(A1:A2)", "A plain point = fine");
        assertThat(records.get(0).get("category")).isEqualTo("'=HYPERLINK(\"x\")");
        // the JSON matrix is data, not a spreadsheet: texts stay as recorded
        assertThat(http().get("/api/documents/" + slug + "/export/matrix.json").json().get(0).get("text").asString())
                .isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void searchFindsATextWhateverUnicodeNormalFormTheQueryIsTypedIn() {
        var slug = "nfc-" + UUID.randomUUID().toString().substring(0, 8);
        editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"t\"}");
        var recorded = editor().post("/api/documents/" + slug + "/versions", "application/json",
                "{\"id\": \"n1\", \"label\": \"n1\", \"points\": [{\"number\": 1, \"text\": \"The Caf\u00e9 accord stands.\"}]}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        var decomposed = java.net.URLEncoder.encode("Cafe\u0301 accord", java.nio.charset.StandardCharsets.UTF_8);
        var found = http().get("/api/documents/" + slug + "/search?q=" + decomposed).json();
        assertThat(numbers(found.get("versions"))).containsExactly(1);
    }

    @Test
    void aVersionExportsAsAMarkdownTable() {
        var response = http().get("/api/documents/peace-plan/versions/1/markdown");
        assertThat(response.contentType()).startsWith("text/markdown");
        assertThat(response.body()).contains("|Point|Category|Text|Status|")
                .contains("|6|Military Limits|Ukraine’s armed forces capped at 600,000 personnel (current: ~850,000).|agreed|");
    }
}
