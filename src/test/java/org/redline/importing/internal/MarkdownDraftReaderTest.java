package org.redline.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redline.version.DraftRejected;
import org.redline.version.PointStatus;
import tools.jackson.databind.json.JsonMapper;

class MarkdownDraftReaderTest {

    private static final Path SEED = Path.of("fixtures", "alignment", "seed-28pt.md");

    @Test
    void theSeedTableImportsExactly() throws IOException {
        var points = MarkdownDraftReader.read(Files.readString(SEED), 1);
        // The first fixture holds the seed's numbers, categories and texts as the project's canonical first version.
        var expected = JsonMapper.shared().readTree(Files.readAllBytes(Path.of("fixtures", "peace-plan", "001-us-28pt-2025-11-20.json"))).get("points");
        assertThat(points).hasSize(28);
        for (int i = 0; i < 28; i++) {
            var point = points.get(i);
            assertThat(point.number()).isEqualTo(Integer.toString(i + 1));
            assertThat(point.number()).isEqualTo(expected.get(i).get("number").asString());
            assertThat(point.category()).isEqualTo(expected.get(i).get("category").asString());
            assertThat(point.text()).isEqualTo(expected.get(i).get("text").asString());
            assertThat(point.status()).isNull();
        }
        assertThat(points.get(0).text()).isEqualTo("Reconfirm Ukraine’s sovereignty over its recognized borders (excluding concessions in later points).");
        assertThat(points.get(5).category()).isEqualTo("Military Limits");
        assertThat(points.get(5).text()).isEqualTo("Ukraine’s armed forces capped at 600,000 personnel (current: ~850,000).");
        assertThat(points.get(19).category()).isEqualTo("Cultural/Tolerance");
        assertThat(points.get(23).text()).isEqualTo("Committee for prisoner/hostage exchanges (“all for all”), family reunifications, victim support.");
        assertThat(points.get(27).text()).isEqualTo("Immediate ceasefire upon agreement; troops withdraw to implementation positions.");
        // the header interrupts a paragraph on line 6 (GFM allows it); the first row is line 8
        assertThat(points.get(0).line()).isEqualTo(8);
    }

    @Test
    void otherHeaderNamesAlignmentRowsEscapedPipesAndFormattingAreRead() {
        var markdown = """
                Some article text before the table, with a [link](https://example.org).

                | No. | Topic | Provision | Status |
                |:---:|:------|----------:|--------|
                | 1. | **Territories** | Crimea \\| Donbas recognised *de facto* | bracketed |
                | 12a | Gas | See [the annex](https://example.org/annex) for `pipelines` |  |
                | #3 | | Text without a title | removed |

                And some closing text.
                """;
        var points = MarkdownDraftReader.read(markdown, 1);
        assertThat(points).extracting(ParsedPoint::number).containsExactly("1", "12a", "3");
        assertThat(points.get(0).category()).isEqualTo("Territories");
        assertThat(points.get(0).text()).isEqualTo("Crimea | Donbas recognised de facto");
        assertThat(points.get(0).status()).isEqualTo(PointStatus.BRACKETED);
        assertThat(points.get(1).text()).isEqualTo("See the annex for pipelines");
        assertThat(points.get(2).category()).isNull();
        assertThat(points.get(2).status()).isEqualTo(PointStatus.REMOVED);
        assertThat(points.get(0).line()).isEqualTo(5);
    }

    @Test
    void hashTitleAndTextHeadersWithoutNumbersGiveUnnumberedPoints() {
        var points = MarkdownDraftReader.read("| Title | Text |\n|---|---|\n| Elections | Held within 100 days |\n", 1);
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.number()).isNull();
            assertThat(p.category()).isEqualTo("Elections");
        });
        assertThat(MarkdownDraftReader.read("| # | Summary |\n|---|---|\n| 4 | x |\n", 1).get(0).number()).isEqualTo("4");
    }

    @Test
    void withoutATableANumberedListIsReadAsText() {
        var points = MarkdownDraftReader.read("# Draft\n\n1. **Sovereignty.** Confirmed.\n2. Elections within 100 days.\n", 1);
        assertThat(points).extracting(ParsedPoint::category).containsExactly("Sovereignty", null);
    }

    @Test
    void errorsNameTheLineAndWhatWasExpected() {
        assertThatThrownBy(() -> MarkdownDraftReader.read("intro\n\n| Point | Summary |\n|---|---|\n| 1 | a |\n| one | b |\n", 1))
                .isInstanceOf(DraftRejected.class)
                .satisfies(e -> {
                    assertThat(((DraftRejected) e).where()).isEqualTo("line 6");
                    assertThat(((DraftRejected) e).reason()).contains("point number");
                });
        assertThatThrownBy(() -> MarkdownDraftReader.read("just prose, no table\n", 1))
                .isInstanceOf(DraftRejected.class)
                .satisfies(e -> assertThat(((DraftRejected) e).reason()).contains("| Point | Category | Summary |"));
        assertThatThrownBy(() -> MarkdownDraftReader.read("| Point | Summary | Status |\n|---|---|---|\n| 1 | a | maybe |\n", 10))
                .isInstanceOf(DraftRejected.class)
                .satisfies(e -> assertThat(((DraftRejected) e).where()).isEqualTo("line 12 (status)"));
    }

    @Test
    void aTableWithoutATextColumnIsNotADraft() {
        assertThat(MarkdownDraftReader.hasDraftTable("| Country | Capital |\n|---|---|\n| A | B |\n")).isFalse();
        assertThat(MarkdownDraftReader.hasDraftTable("| Point | Summary |\n|---|---|\n| 1 | B |\n")).isTrue();
        assertThat(List.of()).isEmpty();
    }
}
