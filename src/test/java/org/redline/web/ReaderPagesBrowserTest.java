package org.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** What a reader does in a real browser: follow the links, compare versions, read a point's history. */
class ReaderPagesBrowserTest extends BrowserSuite {

    @Test
    void aReaderFollowsTheLinksFromHomeToTheHistoryOfMilitaryLimits() {
        open("/");
        // The dossier's story leads; the documents follow.
        assertThat(text("h1")).isEqualTo("Where the negotiation stands");
        // Other tests add documents of their own, listed 50 a page in slug order: the fixtures' one is on one of the pages.
        while (all(".card:has(a[href='/documents/peace-plan'])").isEmpty()) {
            clickAndWait(find("nav.pager a[rel=next]"));
        }
        var card = find(".card:has(a[href='/documents/peace-plan'])");
        assertThat(card.getText()).contains("Latest version").contains("7 · US-Ukraine 20-point framework").contains("OFFICIAL")
                .contains("drafted 23 Dec 2025");
        screenshot("01-home");
        clickAndWait(card.findElement(By.partialLinkText("Russia-Ukraine peace plan")));

        assertThat(here()).isEqualTo("/documents/peace-plan");
        assertThat(text("h1")).startsWith("Russia-Ukraine peace plan");
        // The lineage is drawn: seven versions; 2 and 3 derive from 1, the versions known only from reports from 3.
        assertThat(all("svg.lineage a.node")).hasSize(7);
        assertThat(all("svg.lineage path.edge")).hasSize(6);
        assertThat(find("svg.lineage desc").getAttribute("textContent"))
                .isEqualTo("version 2 derives from version 1; version 3 derives from version 1; version 4 derives from version 3; "
                        + "version 5 derives from version 3; version 6 derives from version 3; version 7 derives from version 6.");
        assertThat(all("svg.lineage a.node.partial")).hasSize(5);
        // The chart: bars for points and for changes, per version.
        assertThat(all("svg.chart rect.bar")).isNotEmpty();
        assertThat(all("svg.chart rect.bar-added")).hasSize(2);
        assertThat(all("svg.chart rect.bar-reported")).as("22, 27 and 20 points, counted not read").hasSize(3);
        var entries = all("ol.timeline > li");
        assertThat(entries).hasSize(7);
        assertThat(find("#v4").getText()).contains("KNOWN ONLY FROM REPORTS").contains("22 POINTS REPORTED").contains("UNCERTAIN")
                .contains("22 reported (counted, not read)");
        var e3 = find("#v2");
        assertThat(e3.getText()).contains("E3 (UK/France/Germany) counter-proposal").contains("LEAKED").contains("PARTIAL")
                .contains("Drafted").contains("23 Nov 2025").contains("by fixtures").contains("version 1")
                .contains("2 removed").contains("22 modified").contains("4 unknown");
        assertThat(e3.findElement(By.cssSelector("details.sources summary")).getText()).isEqualTo("Sources (14)");
        assertThat(find("#v3").getText()).contains("REPORTED");
        screenshot("02-timeline");

        clickAndWait(e3.findElement(By.partialLinkText("Compare with version 1")));
        assertThat(here()).isEqualTo("/documents/peace-plan/compare?from=1&to=2");
        assertThat(text("h1")).isEqualTo("Compare version 1 with version 2");
        var military = find("#point-military-limits");
        assertThat(military.getAttribute("class")).contains("change-modified");
        assertThat(texts(military, "del")).anyMatch(t -> t.contains("600,000"));
        assertThat(texts(military, "ins")).anyMatch(t -> t.contains("800,000")).anyMatch(t -> t.contains("in peacetime"));
        assertThat(texts(military, "ins")).noneMatch(t -> t.contains("600,000"));
        // Unknown is not removed, and looks different.
        var unknown = find("#point-enforcement");
        var removed = find("#point-security-expectations");
        assertThat(unknown.getAttribute("class")).contains("change-unknown");
        assertThat(unknown.getText()).contains("UNKNOWN").contains("Not stated in this partial draft: unknown, not removed.");
        assertThat(removed.getAttribute("class")).contains("change-removed");
        assertThat(removed.getText()).contains("REMOVED").doesNotContain("unknown");
        assertThat(unknown.getCssValue("border-top-style")).isEqualTo("dashed");
        assertThat(removed.getCssValue("border-top-style")).isEqualTo("solid");
        assertThat(find("a.permalink").getAttribute("href"))
                .isEqualTo(url("/documents/peace-plan/compare?from=1&to=2&view=side&filter=all"));
        // the comparison as a Word redline and a PDF, which an anonymous reader may download
        var redline = "/api/documents/peace-plan/diff?from=1&to=2&format=docx";
        assertThat(find("a.download-redline").getAttribute("href")).isEqualTo(url(redline));
        assertThat(find("a.download-pdf").getAttribute("href")).isEqualTo(url("/api/documents/peace-plan/diff?from=1&to=2&format=pdf"));
        var download = http().download(redline);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        screenshot("03-compare-1-2");

        clickAndWait(military.findElement(By.cssSelector("a.history-link")));
        assertThat(here()).isEqualTo("/documents/peace-plan/points/military-limits");
        assertThat(text("h1")).isEqualTo("Military Limits");
        var steps = all("ol.history > li");
        assertThat(steps).hasSize(7);
        assertThat(steps.get(6).getText()).contains("800,000 personnel in peacetime");
        assertThat(steps.get(0).getText()).contains("600,000 personnel").contains("Recorded by fixtures");
        assertThat(texts(steps.get(1), "del")).anyMatch(t -> t.contains("600,000"));
        assertThat(texts(steps.get(1), "ins")).anyMatch(t -> t.contains("800,000"));
        assertThat(steps.get(1).getText()).contains("MODIFIED SINCE VERSION 1");
        assertThat(steps.get(2).getText()).contains("REMOVED SINCE VERSION 1").contains("Removed in this version.");
        screenshot("04-point-history");

        clickAndWait(steps.get(1).findElement(By.cssSelector("h2 a")));
        assertThat(here()).isEqualTo("/documents/peace-plan/versions/2");
        assertThat(text("h1")).isEqualTo("E3 (UK/France/Germany) counter-proposal to the 28-point plan");
        var points = all("ol.points > li");
        assertThat(points).hasSize(28);
        assertThat(find("#point-military-limits .text").getText()).isEqualTo("Ukraine's armed forces are capped at 800,000 in peacetime.");
        assertThat(find("#point-military-limits .refs").getText()).contains("www.rmf24.pl");
        assertThat(find("#point-security-expectations").getText()).contains("REMOVED").contains("Removed in this draft.");
        assertThat(find("#point-enforcement").getText()).contains("UNKNOWN").contains("its wording here is unknown");
        assertThat(find("#point-military-limits a[href$='/points/military-limits']").getText()).startsWith("History of this point");
        assertThat(find("a.download-docx").getAttribute("href")).isEqualTo(url("/api/documents/peace-plan/versions/2?format=docx"));
        assertThat(find("a.download-pdf").getAttribute("href")).isEqualTo(url("/api/documents/peace-plan/versions/2?format=pdf"));
        assertThat(http().download("/api/documents/peace-plan/versions/2?format=pdf").header("Content-Type")).startsWith("application/pdf");
        screenshot("05-version-2");

        open("/documents/peace-plan/versions/3");
        assertThat(all("ol.points > li.status-bracketed")).isNotEmpty();
        assertThat(find("ol.points > li.status-bracketed .badge.point-bracketed").getText()).isEqualTo("BRACKETED");
        screenshot("06-version-3");
    }

    @Test
    void theCompareFormPicksAnyTwoVersionsAViewAndAFilterAndTheUrlIsThePermalink() {
        open("/documents/peace-plan/compare");
        // By default the latest against its parent; version 6 is known only from reports, so the diff looks through it.
        assertThat(text("h1")).isEqualTo("Compare version 3 with version 7");
        assertThat(find("p.look-through").getText()).contains("version 6 (20 points) is known only from reports");
        assertThat(find("input[name=view][value=side]").isSelected()).isTrue();
        open("/documents/peace-plan/compare?from=1&to=3");
        assertThat(text("h1")).isEqualTo("Compare version 1 with version 3");

        // The tiny script submits on change; the address then is the permalink.
        andWaitForNewPage(() -> new Select(find("#from")).selectByValue("2"));
        assertThat(text("h1")).isEqualTo("Compare version 2 with version 3");
        clickAndWait(find("input[name=view][value=inline]"));
        clickAndWait(find("input[name=filter][value=changed]"));
        assertThat(here()).isEqualTo("/documents/peace-plan/compare?from=2&to=3&view=inline&filter=changed");
        assertThat(find("a.permalink").getAttribute("href")).isEqualTo(url(here()));
        assertThat(all(".diff-point.change-unchanged")).isEmpty();
        assertThat(all(".diff-point .sides")).isEmpty();
        assertThat(all(".diff-point .inline")).isNotEmpty();
        // Inline, an unknown point still shows the wording last known, apart from the "unknown" note.
        var troops = find("#point-troop-restrictions");
        assertThat(troops.getAttribute("class")).contains("change-unknown");
        assertThat(troops.findElement(By.cssSelector(".last-known")).getText())
                .isEqualTo("Version 2: NATO agrees not to station troops under its command permanently in Ukraine in peacetime.");
        screenshot("07-compare-2-3-inline-changed");

        // The permalink alone gives the same page (no script needed), and so does a swap.
        driver.get(find("a.permalink").getAttribute("href"));
        assertThat(find("input[name=view][value=inline]").isSelected()).isTrue();
        assertThat(find("input[name=filter][value=changed]").isSelected()).isTrue();
        clickAndWait(find("main").findElement(By.linkText("Swap the versions")));
        assertThat(here()).isEqualTo("/documents/peace-plan/compare?from=3&to=2&view=inline&filter=changed");

        // Without the filter every point is listed, unchanged ones included.
        open("/documents/peace-plan/compare?from=1&to=1");
        assertThat(all(".diff-point")).hasSize(28);
        assertThat(all(".diff-point.change-unchanged")).hasSize(28);
        open("/documents/peace-plan/compare?from=1&to=1&filter=changed");
        assertThat(all(".diff-point")).isEmpty();
        assertThat(text(".filter-note")).contains("28 unchanged points hidden.");
    }

    @Test
    void renumberedPointsReadAsOldNumberArrowNewNumber() {
        var slug = "renumbered-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(editor().post("/api/documents", "application/json", "{\"slug\": \"" + slug + "\", \"title\": \"Renumbering\"}").status())
                .isEqualTo(201);
        assertThat(editor().post("/api/documents/" + slug + "/versions", "application/json", """
                {"label": "First", "points": [
                 {"number": 1, "category": "Ceasefire", "text": "Fire ceases."},
                 {"number": 2, "category": "Prisoners", "text": "All for all."},
                 {"number": 3, "category": "Elections", "text": "Within 100 days."}]}""").status()).isEqualTo(201);
        assertThat(editor().post("/api/documents/" + slug + "/versions", "application/json", """
                {"label": "Second", "points": [
                 {"number": 1, "category": "Ceasefire", "text": "Fire ceases."},
                 {"number": 2, "category": "Elections", "text": "Within 100 days."},
                 {"number": 3, "category": "Prisoners", "text": "All for all."}]}""").status()).isEqualTo(201);
        open("/documents/" + slug + "/compare?from=1&to=2");
        assertThat(text("#point-prisoners .num")).isEqualTo("2 → 3");
        assertThat(text("#point-elections .num")).isEqualTo("3 → 2");
        assertThat(text("#point-elections .badge.change")).isEqualTo("RENUMBERED");
        assertThat(text("#point-ceasefire .num")).isEqualTo("1");
    }

    @Test
    void unknownDocumentsVersionsAndPointsAreFriendly404PagesAndBadOptionsAre400() {
        String[][] pages = {
                {"/documents/no-such-document", "404"},
                {"/documents/peace-plan/versions/99", "404"},
                {"/documents/peace-plan/versions/no-such-ref", "404"},
                {"/documents/peace-plan/points/no-such-point", "404"},
                {"/documents/peace-plan/compare?from=1&to=99", "404"},
                {"/documents/no-such-document/compare", "404"},
                {"/no/such/page", "404"},
                {"/documents/peace-plan/compare?view=sideways", "400"},
                {"/documents/peace-plan/compare?from=1&to=2&filter=some", "400"},
        };
        for (var page : pages) {
            var response = http().get(page[0], "Accept", "text/html");
            assertThat(response.status()).as(page[0]).isEqualTo(Integer.parseInt(page[1]));
            assertThat(response.contentType()).as(page[0]).startsWith("text/html");
            assertThat(response.body()).as(page[0]).contains("Error " + page[1]).contains("All documents");
        }
        open("/documents/peace-plan/versions/99");
        assertThat(text("h1")).isEqualTo("Not found");
        assertThat(text("main")).contains("Document 'peace-plan' has no version '99'");
        screenshot("08-not-found");
        open("/documents/peace-plan/compare?view=sideways");
        assertThat(text("main")).contains("view is side or inline, not 'sideways'");
    }

    @Test
    void pagesWorkFromTheKeyboardOnAPhoneAndInPrint() {
        open("/documents/peace-plan");
        find("body").sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0);
        assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#main");
        // The lineage's versions are links a keyboard reaches.
        assertThat(all("svg.lineage a.node[href]")).hasSize(7);
        // Every form control has a label.
        open("/documents/peace-plan/compare?from=1&to=2");
        for (var id : new String[] {"from", "to"}) {
            assertThat(all("label[for=" + id + "]")).as(id).hasSize(1);
        }

        driver.manage().window().setSize(new Dimension(390, 844));
        open("/documents/peace-plan/compare?from=1&to=2");
        var sides = find("#point-military-limits .sides");
        var before = find("#point-military-limits .side-before").getRect();
        var after = find("#point-military-limits .side-after").getRect();
        assertThat(after.getY()).as("on a phone the two sides stack").isGreaterThan(before.getY());
        assertThat(sides.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
        screenshot("09-phone-compare");
        open("/documents/peace-plan");
        screenshot("10-phone-timeline");

        driver.manage().window().setSize(DESKTOP);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        open("/documents/peace-plan/compare?from=1&to=2");
        assertThat(find(".compare-form").isDisplayed()).isFalse();
        assertThat(find(".site-header").isDisplayed()).isFalse();
        assertThat(find("#point-military-limits del").getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(find("#point-military-limits ins").getCssValue("text-decoration-line")).isEqualTo("underline");
        screenshot("11-print-compare", 1600);
    }

    private static java.util.List<String> texts(WebElement scope, String css) {
        return scope.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).toList();
    }
}
