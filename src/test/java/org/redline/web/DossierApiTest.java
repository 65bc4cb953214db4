package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The fixture dossier over real HTTP: its documents, one dated timeline, links across documents, editors' links. */
class DossierApiTest extends IntegrationTest {

    private static final String DOSSIER = "/api/dossiers/ukraine-peace";

    @Test
    void theDossierListsItsThreeDocumentsAndEveryVersionOnOneDatedTimeline() {
        var dossier = http().get(DOSSIER).json();
        assertThat(slugs(dossier.get("documents"), "slug")).containsExactly("peace-plan", "eu-24pt-plan", "security-guarantees");
        var timeline = dossier.get("timeline");
        assertThat(timeline).hasSize(7 + 1 + 2);
        LocalDate previous = null;
        for (var entry : timeline) {
            var date = LocalDate.parse(entry.get("date").asString());
            if (previous != null) {
                assertThat(date).as("dated order").isAfterOrEqualTo(previous);
            }
            previous = date;
        }
        assertThat(timeline.get(timeline.size() - 1).get("version").get("ref").asString()).isEqualTo("paris-declaration-2026-01-06");
        var reportedOnly = new ArrayList<String>();
        timeline.forEach(e -> {
            if (e.get("version").get("knowledge").get("kind").asString().equals("reported-only")) {
                reportedOnly.add(e.get("version").get("ref").asString());
            }
        });
        assertThat(reportedOnly).containsExactly("us-22pt-claim-2025-11-26", "us-ru-27pt-2025-12", "ua-us-20pt-2025-12-10");
        assertThat(slugs(http().get("/api/dossiers").json(), "slug")).contains("ukraine-peace");
    }

    @Test
    void theMilitaryLimitsPointLinksThePlanTheBerlinStatementAndTheEuropeanPlanWithReasonsAndWhoSetThem() {
        var links = http().get(DOSSIER + "/links").json();
        var fromArmyCap = new ArrayList<JsonNode>();
        links.forEach(l -> {
            if (l.get("from").get("document").asString().equals("peace-plan") && l.get("from").get("key").asString().equals("military-limits")) {
                fromArmyCap.add(l);
            }
        });
        assertThat(fromArmyCap).extracting(l -> l.get("to").get("document").asString())
                .containsExactlyInAnyOrder("security-guarantees", "eu-24pt-plan");
        fromArmyCap.forEach(l -> {
            assertThat(l.get("reason").asString()).isNotBlank();
            assertThat(l.get("setBy").asString()).isEqualTo("fixtures");
        });

        var across = http().get(DOSSIER + "/points/peace-plan/military-limits").json();
        var texts = new ArrayList<String>();
        across.get("rows").forEach(r -> {
            var state = r.get("state");
            if (state != null && !state.isNull() && state.get("text") != null && !state.get("text").isNull()) {
                texts.add(r.get("point").get("document").asString() + ": " + state.get("text").asString());
            }
        });
        assertThat(texts).anyMatch(t -> t.startsWith("peace-plan: ") && t.contains("600,000"))
                .anyMatch(t -> t.startsWith("security-guarantees: ") && t.contains("800,000"))
                .anyMatch(t -> t.startsWith("eu-24pt-plan: ") && t.contains("No restrictions"))
                .anyMatch(t -> t.startsWith("peace-plan: ") && t.contains("800,000 personnel in peacetime"));
    }

    @Test
    void anEditorLinksTwoPointsAndBadLinksAreRefusedNamingTheField() {
        var body = """
                {"from": {"document": "peace-plan", "key": "elections"}, "to": {"document": "eu-24pt-plan", "key": "ceasefire"},
                 "kind": "answers", "reason": "The European plan puts the ceasefire first; elections follow it."}""";
        assertThat(http().post(DOSSIER + "/links", "application/json", body).status()).as("readers may not link").isEqualTo(401);
        var created = editor().post(DOSSIER + "/links", "application/json", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("setBy").asString()).isEqualTo("test-editor");
        assertThat(created.json().get("kind").asString()).isEqualTo("answers");

        assertThat(where(editor().post(DOSSIER + "/links", "application/json", body))).isEqualTo("to");
        assertThat(where(editor().post(DOSSIER + "/links", "application/json", body.replace("\"ceasefire\"", "\"no-such-point\""))))
                .isEqualTo("to.key");
        assertThat(where(editor().post(DOSSIER + "/links", "application/json", body.replace("eu-24pt-plan", "gaza-plan"))))
                .isEqualTo("to.document");
        assertThat(where(editor().post(DOSSIER + "/links", "application/json",
                body.replace("The European plan puts the ceasefire first; elections follow it.", " ")))).isEqualTo("reason");
        assertThat(where(editor().post(DOSSIER + "/links", "application/json", body.replace("answers", "likes")))).isEqualTo("kind");
        var missing = http().get("/api/dossiers/no-such-dossier");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).contains("application/problem+json");
    }

    @Test
    void theDossierAndHomePagesTellTheStory() {
        var page = http().get("/dossiers/ukraine-peace");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("peace-plan", "eu-24pt-plan", "security-guarantees", "known only from reports",
                "22 points reported");
        var point = http().get("/dossiers/ukraine-peace/points/peace-plan/military-limits");
        assertThat(point.status()).isEqualTo(200);
        assertThat(point.body()).contains("600,000", "800,000", "No restrictions");
        var home = http().get("/");
        assertThat(home.body()).contains("Where the negotiation stands", "20-point framework", "What version 7 changed since version 1");
        assertThat(http().get("/dossiers/no-such-dossier").status()).isEqualTo(404);
    }

    /** A point the dossier does not hold: the API refuses the reference (422), the page is not found (404). */
    @Test
    void aPointOutsideTheDossierIsRefusedByTheApiAndNotFoundAsAPage() {
        assertThat(where(http().get(DOSSIER + "/points/no-such-document/military-limits"))).isEqualTo("document.document");
        var page = http().get("/dossiers/ukraine-peace/points/no-such-document/military-limits");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Not found", "is not part of this dossier");
    }

    private static String where(org.redline.testing.Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return response.json().get("where").asString();
    }

    private static List<String> slugs(JsonNode array, String field) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.get(field).asString()));
        return list;
    }
}
