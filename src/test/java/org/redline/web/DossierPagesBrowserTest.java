package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The dossier, the home page's story and the versions known only from reports, in a real browser. */
class DossierPagesBrowserTest extends BrowserSuite {

    @Test
    void theHomePageLeadsWithTheStoryAndTheDossierChartsEveryVersionOfItsThreeDocuments() {
        open("/");
        var story = find("section.story");
        assertThat(story.getText()).contains("Where the negotiation stands").contains("version 7")
                .contains("What version 7 changed since version 1").contains("Military Limits");
        assertThat(story.findElements(By.cssSelector("svg.dossier-chart a.node"))).hasSize(10);
        assertThat(story.findElements(By.cssSelector("svg.dossier-chart a.node.reported-only"))).hasSize(3);
        screenshot("20-home-story", 1800);

        clickAndWait(story.findElement(By.linkText("Open the dossier")));
        assertThat(here()).isEqualTo("/dossiers/ukraine-peace");
        assertThat(all("ul.dossier-documents > li")).hasSize(3);
        assertThat(all("svg.dossier-chart text.lane-label")).extracting(e -> e.getText())
                .containsExactly("peace-plan", "eu-24pt-plan", "security-guarantees");
        assertThat(all("ol.dossier-timeline > li")).hasSize(10);
        assertThat(find("ol.dossier-timeline").getText()).contains("KNOWN ONLY FROM REPORTS").contains("27 POINTS REPORTED");
        var armyCap = all("li.point-link").stream().filter(l -> l.getText().contains("peace-plan · military-limits")).toList();
        assertThat(armyCap).hasSizeGreaterThanOrEqualTo(2);
        assertThat(armyCap).anyMatch(l -> l.getText().contains("security-guarantees · military-limits") && l.getText().contains("Set by fixtures"));
        assertThat(armyCap).anyMatch(l -> l.getText().contains("eu-24pt-plan · military-limits") && l.getText().contains("CONTRADICTS"));
        screenshot("21-dossier", 2400);

        clickAndWait(armyCap.get(0).findElement(By.linkText("Compare side by side")));
        assertThat(here()).isEqualTo("/dossiers/ukraine-peace/points/peace-plan/military-limits");
        var rows = find("table.across").getText();
        assertThat(rows).contains("600,000").contains("800,000 in peacetime").contains("800,000 to deter").contains("No restrictions");
        screenshot("22-dossier-point", 1600);
    }

    @Test
    void aVersionKnownOnlyFromReportsIsCountedNotReadAndADiffLooksThroughIt() {
        open("/documents/peace-plan/versions/6");
        assertThat(find(".page-head").getText()).contains("KNOWN ONLY FROM REPORTS").contains("20 POINTS REPORTED");
        assertThat(find(".reported-only-callout").getText()).contains("counted, not read");
        assertThat(all("ol.points .text")).extracting(e -> e.getText()).noneMatch(t -> t.contains("800,000"));
        screenshot("23-version-6-reported-only", 1600);

        open("/documents/peace-plan/compare?from=6&to=7");
        assertThat(find("p.look-through").getText())
                .isEqualTo("version 6 (20 points) is known only from reports: compared with version 3, the nearest it derives from with text");
        assertThat(text("h1")).isEqualTo("Compare version 3 with version 7");
        assertThat(find("#point-nato-ban").getAttribute("class")).contains("change-removed");
        screenshot("24-compare-look-through", 1600);
    }
}
