package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redline.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * One test per fact of {@code shared/drafts/facts.md} that Redline's data can show, checked against the
 * fixtures as they load on a fresh start. Each test names the section of facts.md and its sources. Versions of
 * peace-plan: 1 the 28 points, 2 E3, 3 Geneva 19, 4 "22", 5 "27", 6 20 (2025-12-10), 7 20-point framework.
 */
class PeacePlanFactsTest extends IntegrationTest {

    private static final String PLAN = "peace-plan";

    @Test
    void armyCap_600k_to_800kPeacetimeE3_to_noFixedCapGeneva_to_800kBerlinAnd20_facts1_liga_reportAz_caliberAz_govUk_censorNet() {
        assertThat(text(PLAN, 1, "military-limits")).as("28 pt 6 (liga.net)").contains("600,000");
        assertThat(text(PLAN, 2, "military-limits")).as("E3 pt 6 (report.az)").contains("800,000").contains("peacetime");
        assertThat(status(PLAN, 3, "military-limits")).as("Geneva: strict cap dropped (caliber.az / ABC, prm.ua)").isEqualTo("removed");
        assertThat(text("security-guarantees", 1, "military-limits")).as("Berlin statement (gov.uk)").contains("800,000").contains("peacetime");
        assertThat(text(PLAN, 7, "military-limits")).as("20 pt 4 (censor.net)").contains("800,000").contains("peacetime");
        assertThat(point(PLAN, 7, "military-limits").get("number").asString()).isEqualTo("4");
        assertThat(text("eu-24pt-plan", 1, "military-limits")).as("T24: no restrictions (censor.net)").contains("No restrictions");
    }

    @Test
    void armyCapInTheDiffs_20pointFrameworkAgainst28AndGeneva_facts1() {
        var against28 = diffPoint(1, 7, "military-limits");
        assertThat(against28.get("change").asString()).isEqualTo("modified");
        assertThat(against28.get("before").get("text").asString()).contains("600,000");
        assertThat(against28.get("after").get("text").asString()).contains("800,000");
        assertThat(diffPoint(3, 7, "military-limits").get("change").asString())
                .as("dropped at Geneva, back at 800,000 in the 20 points").isEqualTo("added");
    }

    @Test
    void natoBan_toConsensusE3_bracketedGeneva_leftOutOf20_facts2_uanews_belga_tag24() {
        assertThat(text(PLAN, 1, "nato-ban")).as("28 pt 7").contains("constitution");
        assertThat(text(PLAN, 2, "nato-ban")).as("E3 pt 7 (uanews.net)").contains("consensus").contains("no constitutional ban");
        assertThat(status(PLAN, 3, "nato-ban")).as("Geneva: bracketed for the presidents (belganewsagency.eu)").isEqualTo("bracketed");
        assertThat(status(PLAN, 7, "nato-ban")).as("20: not mentioned (tag24, parapolitika, ISW)").isEqualTo("removed");
        assertThat(diffPoint(1, 7, "nato-ban").get("change").asString()).isEqualTo("removed");
        assertThat(diffPoint(3, 7, "nato-ban").get("change").asString()).isEqualTo("removed");
    }

    @Test
    void point3OfThe28_deletedInE3_noEquivalentIn20_facts3_liga_glavnoe() {
        assertThat(status(PLAN, 1, "security-expectations")).isEqualTo("agreed");
        assertThat(status(PLAN, 2, "security-expectations")).as("E3 deletes pt 3 (liga.net, Reuters)").isEqualTo("removed");
        assertThat(status(PLAN, 7, "security-expectations")).as("not in the 20-point list (glavnoe.in.ua)").isEqualTo("removed");
    }

    @Test
    void nonAggressionParties_EuropeThenNatoThenRussiaUkraineOnly_plusDuma_facts4_reportAz_glavnoe_thegaze() {
        assertThat(text(PLAN, 1, "non-aggression")).as("28 pt 2").contains("Europe");
        assertThat(text(PLAN, 2, "non-aggression")).as("E3 pt 2 (report.az)").contains("NATO");
        assertThat(text(PLAN, 7, "non-aggression")).as("20 pt 2 (glavnoe.in.ua)").contains("between Russia and Ukraine")
                .contains("monitoring").doesNotContain("NATO");
        assertThat(text(PLAN, 7, "russian-commitment")).as("20 pt 6 (thegaze.media)").contains("Duma");
    }

    @Test
    void foreignTroopsAndJets_permanentlyInPeacetime_NatoJets_facts5_uanews() {
        assertThat(text(PLAN, 1, "regional-deployment")).as("28 pt 9").contains("European");
        assertThat(text(PLAN, 2, "regional-deployment")).as("E3 pt 9 (uanews.net)").contains("NATO");
        assertThat(text(PLAN, 2, "troop-restrictions")).as("E3 pt 8").contains("permanently").contains("peacetime");
        assertThat(text("security-guarantees", 1, "multinational-force")).as("Berlin (gov.uk)").contains("Multinational Force");
    }

    @Test
    void guarantee_compensationToUsRemoved_guarantorsUsNatoEurope_facts6_glavnoe_rbc() {
        assertThat(text(PLAN, 1, "guarantee-conditions")).as("28 pt 10").contains("Compensation to U.S.");
        assertThat(text(PLAN, 2, "guarantee-conditions")).as("E3 pt 10 (open.kg)").contains("Article 5").contains("compensated");
        var twenty = text(PLAN, 7, "guarantee-conditions");
        assertThat(twenty).as("20 pt 5 (glavnoe.in.ua, rbc)").contains("US, NATO and European signatories")
                .contains("compensating the US was removed");
        assertThat(diffPoint(1, 7, "guarantee-conditions").get("change").asString()).isEqualTo("modified");
    }

    @Test
    void territory_recognition_to_swaps_to_bracketed_to_unresolvedFreezeIn4Oblasts_facts7_reportAz_belga_112ua() {
        assertThat(text(PLAN, 1, "territories")).as("28 pt 21").contains("De facto Russian recognition");
        assertThat(text(PLAN, 2, "territories")).as("E3 pt 21 (report.az)").contains("line of contact").contains("no de facto recognition");
        assertThat(status(PLAN, 3, "territories")).as("19: bracketed (belganewsagency.eu)").isEqualTo("bracketed");
        assertThat(note(PLAN, 6, "territories")).as("20 (2025-12-10): new ideas on territory (ABC via whee.net)").contains("new ideas on territory");
        assertThat(text(PLAN, 7, "territories")).as("20 pt 14 (112.ua)").contains("Unresolved").contains("Kherson")
                .contains("economic zones");
        assertThat(diffPoint(3, 7, "territories").get("change").asString()).isEqualTo("modified");
    }

    @Test
    void zaporizhzhia_5050_to_trilateralNotAgreed_facts8_liveindia() {
        assertThat(text(PLAN, 1, "nuclear-plant")).as("28 pt 19").contains("50/50");
        assertThat(text(PLAN, 7, "nuclear-plant")).as("20 pt 12 (liveindia.tv)").contains("no US-Ukraine consensus").contains("trilateral");
    }

    @Test
    void frozenAssets_usProfitShareRemovedE3_100bnForRecoveryDec10_noFormulaIn20_facts9_rbc_washingtonPost() {
        assertThat(text(PLAN, 1, "frozen-assets")).as("28 pt 14").contains("50% profits");
        assertThat(text(PLAN, 2, "frozen-assets")).as("E3 pt 14 (rbc)").contains("stay frozen").doesNotContain("profits");
        assertThat(note(PLAN, 6, "frozen-assets")).as("Dec 10 package (Washington Post via novayagazeta.eu)").contains("US$100bn");
        assertThat(status(PLAN, 7, "frozen-assets")).as("20: no frozen-asset formula in the read-out (thegaze.media)").isEqualTo("removed");
    }

    @Test
    void elections_100days_to_asSoonAsPossible_facts10_rmf24_mtsKg() {
        assertThat(text(PLAN, 1, "elections")).as("28 pt 25").contains("100 days");
        assertThat(text(PLAN, 2, "elections")).as("E3 pt 25 (rmf24)").contains("as soon as possible");
        assertThat(text(PLAN, 7, "elections")).as("20 pt 18 (mts.kg)").contains("as soon as possible");
        assertThat(diffPoint(1, 7, "elections").get("change").asString()).isEqualTo("modified");
    }

    @Test
    void amnesty_droppedInE3AndGeneva_absentFrom20_facts11_lnginnorthernbc_caliberAz_liveindia() {
        assertThat(status(PLAN, 1, "amnesty")).isEqualTo("agreed");
        assertThat(status(PLAN, 2, "amnesty")).as("E3: omitted (lnginnorthernbc, uncertain)").isEqualTo("removed");
        assertThat(status(PLAN, 3, "amnesty")).as("19: removed (ABC via caliber.az; sources conflict)").isEqualTo("removed");
        assertThat(diffPoint(1, 7, "amnesty").get("change").asString()).as("20: no amnesty point (liveindia.tv)").isEqualTo("removed");
    }

    @Test
    void reintegrationAndG8_keptInE3_absentFrom20_facts12_catholiconline_glavnoe() {
        assertThat(text(PLAN, 2, "russia-reintegration")).as("E3 pt 13 (catholiconline)").contains("G8");
        assertThat(status(PLAN, 7, "russia-reintegration")).as("20: no G8 or sanctions-relief point").isEqualTo("removed");
    }

    @Test
    void euAccession_definedDateIn20_facts13_ulbhry() {
        assertThat(text(PLAN, 1, "eu-path")).contains("eligible");
        assertThat(text(PLAN, 7, "eu-path")).as("20 pt 7 (ulbhry.org)").contains("defined date");
    }

    @Test
    void peaceCouncil_keptWithAllPartiesRepresented_jointTaskforceGone_facts14_axy_collector() {
        assertThat(text(PLAN, 2, "oversight")).as("E3 pt 27 (liga.net)").contains("Peace Council");
        assertThat(text(PLAN, 7, "oversight")).as("20 pt 19 (axy.media)").contains("Peace Council").contains("NATO, Russia and the US");
        assertThat(status(PLAN, 7, "enforcement")).as("28 pt 15 not in the 20-point list").isEqualTo("removed");
    }

    @Test
    void dniproBlackSeaAndKinburnDemilitarised_facts15_mtsKg() {
        assertThat(text(PLAN, 1, "trade-access")).doesNotContain("Kinburn");
        assertThat(text(PLAN, 7, "trade-access")).as("20 pt 16 (mts.kg)").contains("Black Sea").contains("Kinburn Spit is demilitarised");
    }

    @Test
    void humanitarian_politicalPrisonersAdded_facts16_mtsKg() {
        assertThat(text(PLAN, 1, "humanitarian")).doesNotContain("political prisoners");
        assertThat(text(PLAN, 7, "humanitarian")).as("20 pt 17 (mts.kg)").contains("political prisoners");
    }

    @Test
    void nuclearTreatiesGone_nonNuclearKept_facts18_mtsKg_glavnoe() {
        assertThat(status(PLAN, 7, "nuclear-treaties")).as("28 pt 17 has no counterpart in the 20").isEqualTo("removed");
        assertThat(text(PLAN, 7, "non-nuclear")).as("28 pt 18 kept as 20 pt 11").contains("non-nuclear");
        assertThat(point(PLAN, 7, "non-nuclear").get("number").asString()).isEqualTo("11");
    }

    @Test
    void pointCounts_28_E3_19_22_27_20_facts20_liga_tass_meaww_novayagazeta() {
        var versions = new HashMap<String, JsonNode>();
        http().get("/api/documents/" + PLAN + "/versions").json().get("items").forEach(v -> versions.put(v.get("ref").asString(), v));
        assertThat(live(PLAN, 1)).isEqualTo(28);
        assertThat(count(versions.get("us-22pt-claim-2025-11-26"))).as("Trump, 2025-11-26 (tass.com)").isEqualTo(22);
        assertThat(count(versions.get("us-ru-27pt-2025-12"))).as("Ushakov, 2025-12-02 (meaww)").isEqualTo(27);
        assertThat(count(versions.get("ua-us-20pt-2025-12-10"))).as("Zelensky, 2025-12-08 (novayagazeta.eu)").isEqualTo(20);
        assertThat(live(PLAN, 7)).as("read out 2025-12-23 (ukrinform)").isEqualTo(20);
        for (var ref : new String[] {"us-22pt-claim-2025-11-26", "us-ru-27pt-2025-12", "ua-us-20pt-2025-12-10"}) {
            var v = versions.get(ref);
            assertThat(v.get("knowledge").get("kind").asString()).as(ref).isEqualTo("reported-only");
            assertThat(v.get("sources")).as(ref).isNotEmpty();
            point(PLAN, v.get("number").asInt(), null).forEach(p -> assertThat(p.get("text").isNull()).as(ref + " has no text").isTrue());
        }
        assertThat(versions.get("us-22pt-claim-2025-11-26").get("knowledge").get("uncertain").asBoolean())
                .as("22 may be the Geneva revision counted differently (timeline.md)").isTrue();
    }

    private static int count(JsonNode version) {
        return version.get("knowledge").get("reportedPointCount").asInt();
    }

    private int live(String slug, int version) {
        var points = points(slug, version);
        return (int) points.values().stream().filter(p -> p.get("status").asString().matches("agreed|bracketed")).count();
    }

    private JsonNode diffPoint(int from, int to, String key) {
        var diff = http().get("/api/documents/" + PLAN + "/diff?from=" + from + "&to=" + to).json();
        for (var p : diff.get("points")) {
            if (p.get("key").asString().equals(key)) {
                return p;
            }
        }
        throw new AssertionError("no point " + key + " in the diff " + from + " -> " + to);
    }

    private Map<String, JsonNode> points(String slug, int version) {
        var byKey = new HashMap<String, JsonNode>();
        http().get("/api/documents/" + slug + "/versions/" + version).json().get("points").forEach(p -> byKey.put(p.get("key").asString(), p));
        return byKey;
    }

    /** The point, or with a null key every point of the version. */
    private JsonNode point(String slug, int version, String key) {
        var all = points(slug, version);
        if (key == null) {
            var list = tools.jackson.databind.json.JsonMapper.shared().createArrayNode();
            new ArrayList<>(all.values()).stream().filter(p -> p.get("listed").asBoolean()).forEach(list::add);
            return list;
        }
        var point = all.get(key);
        assertThat(point).as(slug + " version " + version + " holds " + key).isNotNull();
        return point;
    }

    private String text(String slug, int version, String key) {
        var text = point(slug, version, key).get("text");
        assertThat(text.isNull()).as(slug + " v" + version + " " + key + " has text").isFalse();
        return text.asString();
    }

    private String status(String slug, int version, String key) {
        return point(slug, version, key).get("status").asString();
    }

    private String note(String slug, int version, String key) {
        return point(slug, version, key).get("note").asString();
    }
}
