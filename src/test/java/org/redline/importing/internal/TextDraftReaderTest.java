package org.redline.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redline.version.DraftRejected;
import org.redline.version.PointStatus;

class TextDraftReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1. Ukraine's sovereignty is confirmed.|1",
            "1) Ukraine's sovereignty is confirmed.|1",
            "(1) Ukraine's sovereignty is confirmed.|1",
            "1: Ukraine's sovereignty is confirmed.|1",
            "1 — Ukraine's sovereignty is confirmed.|1",
            "Point 1: Ukraine's sovereignty is confirmed.|1",
            "POINT 1. Ukraine's sovereignty is confirmed.|1",
            "**1.** Ukraine's sovereignty is confirmed.|1",
            "### 1. Ukraine's sovereignty is confirmed.|1",
            "12a. Ukraine's sovereignty is confirmed.|12a",
            "12A) Ukraine's sovereignty is confirmed.|12a",
            "5.1.2. Ukraine's sovereignty is confirmed.|5.1.2",
            "5.1.2 Ukraine's sovereignty is confirmed.|5.1.2",
            "A.5.1 Ukraine's sovereignty is confirmed.|A.5.1",
            "Article 12. Ukraine's sovereignty is confirmed.|12",
            "Article 12 Ukraine's sovereignty is confirmed.|12",
            "12(3)(a). Ukraine's sovereignty is confirmed.|12(3)(a)",
            "(iv) Ukraine's sovereignty is confirmed.|iv",
    })
    void numberStyles(String line, String number) {
        var points = TextDraftReader.read(line, 1);
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo(number);
            assertThat(p.text()).isEqualTo("Ukraine's sovereignty is confirmed.");
            assertThat(p.category()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "21. Territories: Crimea is recognised de facto.",
            "21. **Territories.** Crimea is recognised de facto.",
            "21. **Territories**: Crimea is recognised de facto.",
            "21. __Territories__ Crimea is recognised de facto.",
            "Point 21: Territories: Crimea is recognised de facto.",
    })
    void titlesBecomeCategories(String line) {
        var point = TextDraftReader.read(line, 1).get(0);
        assertThat(point.category()).isEqualTo("Territories");
        assertThat(point.text()).isEqualTo("Crimea is recognised de facto.");
    }

    @Test
    void aTitleLineThenTheText() {
        var points = TextDraftReader.read("21. Territories\nCrimea is recognised de facto.\n22. EU Path:\nUkraine may join the EU.\n", 1);
        assertThat(points).extracting(ParsedPoint::category).containsExactly("Territories", "EU Path");
        assertThat(points).extracting(ParsedPoint::text).containsExactly("Crimea is recognised de facto.", "Ukraine may join the EU.");
    }

    @Test
    void sentencesAreNotMistakenForTitles() {
        var points = TextDraftReader.read("""
                10. The US guarantee:
                a) The US receives compensation;
                b) If Ukraine invades Russia, it loses the guarantee.
                14. Frozen funds will be used as follows: $100 billion goes to reconstruction.
                2. Russia, Ukraine and Europe: a non-aggression pact.
                """, 1);
        assertThat(points).extracting(ParsedPoint::category).containsOnlyNulls();
        assertThat(points.get(0).text()).isEqualTo("The US guarantee: a) The US receives compensation; b) If Ukraine invades Russia, it loses the guarantee.");
    }

    @Test
    void preambleWrappedLinesSubPointsBlankLinesAndClosingText() {
        var text = """
                Zelensky presented the framework on Tuesday. The text:

                1. The sovereignty of Ukraine
                   is reaffirmed.

                2. A humanitarian committee handles:
                (a) an all-for-all exchange;

                (b) the return of children.

                A second paragraph of point 2.

                3. Elections are held as soon as possible.

                The Kremlin said it was studying the text.
                It has not answered.
                """;
        var points = TextDraftReader.read(text, 5);
        assertThat(points).extracting(ParsedPoint::number).containsExactly("1", "2", "3");
        assertThat(points).extracting(ParsedPoint::line).containsExactly(7, 10, 17);
        assertThat(points.get(0).text()).isEqualTo("The sovereignty of Ukraine is reaffirmed.");
        assertThat(points.get(1).text()).isEqualTo(
                "A humanitarian committee handles: (a) an all-for-all exchange; (b) the return of children. A second paragraph of point 2.");
        assertThat(points.get(2).text()).isEqualTo("Elections are held as soon as possible.");
    }

    @Test
    void statusMarkers() {
        var points = TextDraftReader.read("3. [removed]\n4. [bracketed] Territorial questions are left open.\n", 1);
        assertThat(points.get(0).status()).isEqualTo(PointStatus.REMOVED);
        assertThat(points.get(0).text()).isNull();
        assertThat(points.get(1).status()).isEqualTo(PointStatus.BRACKETED);
        assertThat(points.get(1).text()).isEqualTo("Territorial questions are left open.");
    }

    @Test
    void numbersInsideSentencesAndYearsDoNotStartPoints() {
        var points = TextDraftReader.read("1. Forces are capped at\n600,000 in peacetime.\n2025. Not a point.\nPoint 21 was contested by Kyiv.\n10:30 was the hour.\n", 1);
        assertThat(points).singleElement().satisfies(p -> assertThat(p.text())
                .isEqualTo("Forces are capped at 600,000 in peacetime. 2025. Not a point. Point 21 was contested by Kyiv. 10:30 was the hour."));
    }

    @Test
    void noNumberedPointsNamesWhatWasExpected() {
        assertThatThrownBy(() -> TextDraftReader.read("An article\nwithout any list.\n", 3))
                .isInstanceOf(DraftRejected.class)
                .satisfies(e -> {
                    assertThat(((DraftRejected) e).where()).isEqualTo("line 3");
                    assertThat(((DraftRejected) e).reason()).contains("'1. text'");
                });
    }

    @org.junit.jupiter.api.Test
    void aLongListKeepsEveryPointApart() {
        // issue 12: 1,200 points were read as 999, the last holding the text of the other 201
        var text = new StringBuilder();
        for (int i = 1; i <= 1200; i++) {
            text.append(i).append(". Point ").append(i).append(" settles matter ").append(i).append(".\n");
        }
        var points = TextDraftReader.read(text.toString(), 1);
        assertThat(points).hasSize(1200);
        assertThat(points.get(1199).number()).isEqualTo("1200");
        assertThat(points.get(1199).text()).isEqualTo("Point 1200 settles matter 1200.");
    }

    @org.junit.jupiter.api.Test
    void aDecimalInsideAWrappedLineDoesNotStartAPoint() {
        var points = TextDraftReader.read("1. Aid of\n1.5 billion euros is pledged.\n2. Elections follow.", 1);
        assertThat(points).extracting(ParsedPoint::number).containsExactly("1", "2");
    }
}
