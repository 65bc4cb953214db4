package org.redline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.DraftPoint;

/** Word's list numbering as Word shows it, and what of a web page is the draft. */
class WordAndHtmlReadersTest {

    private static DraftImport.Parsed read(byte[] body, String type) {
        return DraftImport.read(new DraftUpload(body, type, null, Map.of("label", List.of("x"))));
    }

    /**
     * A list whose definition starts at 5 and writes "Article 5." at its first level and "(a)" below,
     * continued by a second list on the same definition, as Word continues it.
     */
    @Test
    void wordShowsItsOwnNumbersRomanStartsSubLevelsAndContinuedLists() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            var definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ONE);
            var first = definition.addNewLvl();
            first.setIlvl(BigInteger.ZERO);
            first.addNewStart().setVal(BigInteger.valueOf(5));
            first.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            first.addNewLvlText().setVal("Article %1.");
            var second = definition.addNewLvl();
            second.setIlvl(BigInteger.ONE);
            second.addNewNumFmt().setVal(STNumberFormat.LOWER_LETTER);
            second.addNewLvlText().setVal("(%2)");
            var numbering = document.createNumbering();
            var abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
            var list = numbering.addNum(abstractId);
            var continued = numbering.addNum(abstractId);
            document.createParagraph().createRun().setText("Preamble, not a point.");
            item(document, list, 0, "Sovereignty is confirmed.");
            item(document, list, 1, "within recognised borders;");
            item(document, list, 1, "with no exceptions.");
            item(document, continued, 0, "Elections are held.");
            document.write(out);
        }
        var points = read(out.toByteArray(), null).draft().points();
        assertThat(points).extracting(DraftPoint::number).containsExactly("5", "6");
        assertThat(points.get(0).text()).isEqualTo("Sovereignty is confirmed. (a) within recognised borders; (b) with no exceptions.");
        assertThat(points.get(1).text()).isEqualTo("Elections are held.");
    }

    private static void item(XWPFDocument document, BigInteger list, int level, String text) {
        var paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }

    @Test
    void aPagesNavigationAndLinkListsAreNotTheDraftAndNestedItemsStayInTheirPoint() {
        var page = """
                <!doctype html><html><head><title>Site</title></head><body>
                <nav><ol><li>Home</li><li>World</li></ol></nav>
                <main><h1>The plan in full</h1><p>The standfirst is not a point.</p>
                <ol start="3"><li><b>Territories.</b> Lines are frozen.<ol><li>Crimea is discussed later;</li><li>Zones are demilitarised.</li></ol></li>
                <li>Sanctions are lifted in stages.</li></ol>
                <p>Reactions followed.</p>
                <ol><li><a href="/x">Read more about the plan</a></li></ol>
                <div class="share-tools"><ol><li>Share this</li></ol></div></main>
                <footer><ol><li>Terms</li></ol></footer></body></html>
                """;
        var points = read(page.getBytes(StandardCharsets.UTF_8), "text/html").draft().points();
        assertThat(points).extracting(DraftPoint::number).containsExactly("3", "4");
        assertThat(points.get(0).category()).isEqualTo("Territories");
        assertThat(points.get(0).text()).isEqualTo("Lines are frozen. a) Crimea is discussed later; b) Zones are demilitarised.");
        assertThat(points.get(1).text()).isEqualTo("Sanctions are lifted in stages.");
    }

    @Test
    void anArticleWhoseClassNamesSharingIsStillTheArticle() {
        var page = "<!doctype html><body><article class=\"story has-share-bar\"><h1>Plan</h1><ol><li>Sovereignty is confirmed.</li>"
                + "<li>Elections are held.</li></ol><div class=\"share-bar\"><ol><li>Share on X</li></ol></div></article></body>";
        var points = read(page.getBytes(StandardCharsets.UTF_8), "text/html").draft().points();
        assertThat(points).extracting(DraftPoint::text).containsExactly("Sovereignty is confirmed.", "Elections are held.");
    }

    @Test
    void aListLetteredOrInRomanNumeralsIsReadAsLetteredItems() {
        var page = "<!doctype html><article><ol type=\"I\"><li>Sovereignty is confirmed.</li><li>Elections are held.</li></ol></article>";
        var points = read(page.getBytes(StandardCharsets.UTF_8), null).draft().points();
        assertThat(points).extracting(DraftPoint::number).containsExactly("i", "ii");
        assertThat(points).extracting(DraftPoint::text).containsExactly("Sovereignty is confirmed.", "Elections are held.");
    }
}
