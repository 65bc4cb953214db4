package org.redline.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String joined(List<TextSegment> segments, String kind) {
        return String.join("|", segments.stream().filter(s -> s.kind().equals(kind)).map(TextSegment::text).toList());
    }

    @Test
    void numbersWithSeparatorsAreOneToken() {
        assertThat(WordDiff.tokens("capped at 600,000 (50/50, 3.5%)"))
                .contains("600,000", "50/50", "3.5%")
                .doesNotContain("600", "000");
    }

    @Test
    void cyrillicSplitsIntoWordsNotBytes() {
        assertThat(WordDiff.tokens("Україна зберігає суверенітет"))
                .containsExactly("Україна", " ", "зберігає", " ", "суверенітет");
        var result = WordDiff.diff("Україна зберігає суверенітет", "Україна втрачає суверенітет", 10_000);
        assertThat(joined(result.segments(), TextSegment.DELETED)).isEqualTo("зберігає");
        assertThat(joined(result.segments(), TextSegment.INSERTED)).isEqualTo("втрачає");
    }

    @Test
    void militaryLimitsShowsTheCapChangeWordByWord() {
        var result = WordDiff.diff(
                "Ukraine’s armed forces capped at 600,000 personnel (current: ~850,000).",
                "Ukraine's armed forces are capped at 800,000 in peacetime.", 10_000);
        assertThat(result.coarse()).isFalse();
        assertThat(joined(result.segments(), TextSegment.DELETED)).contains("600,000").doesNotContain("Ukraine");
        assertThat(joined(result.segments(), TextSegment.INSERTED)).contains("800,000").contains("in peacetime").contains("are");
        // typographic apostrophes are not a change of wording
        assertThat(result.segments().get(0)).isEqualTo(new TextSegment(TextSegment.EQUAL, "Ukraine's armed forces "));
    }

    @Test
    void segmentsRebuildBothTexts() {
        var before = "The parties agree to a ceasefire, monitored by the US.";
        var after = "The parties agree to an immediate ceasefire monitored jointly by the US and Europe.";
        var segments = WordDiff.diff(before, after, 10_000).segments();
        var rebuiltBefore = String.join("", segments.stream().filter(s -> !s.kind().equals(TextSegment.INSERTED)).map(TextSegment::text).toList());
        var rebuiltAfter = String.join("", segments.stream().filter(s -> !s.kind().equals(TextSegment.DELETED)).map(TextSegment::text).toList());
        assertThat(rebuiltBefore).isEqualTo(before);
        assertThat(rebuiltAfter).isEqualTo(after);
    }

    @Test
    void aHugeRewriteIsCoarseInsteadOfUnbounded() {
        var huge = "word ".repeat(100_000).strip();
        var result = WordDiff.diff(huge, "peace", Diffs.POINT_BUDGET);
        assertThat(result.coarse()).isTrue();
        assertThat(joined(result.segments(), TextSegment.DELETED)).isEqualTo(huge);
        assertThat(joined(result.segments(), TextSegment.INSERTED)).isEqualTo("peace");
    }

    @Test
    void aLongTextWithOneChangeStaysWordLevel() {
        var before = "alpha ".repeat(50_000) + "old " + "omega ".repeat(50_000);
        var after = "alpha ".repeat(50_000) + "new " + "omega ".repeat(50_000);
        var result = WordDiff.diff(before, after, Diffs.POINT_BUDGET);
        assertThat(result.coarse()).isFalse();
        assertThat(joined(result.segments(), TextSegment.DELETED)).isEqualTo("old");
        assertThat(joined(result.segments(), TextSegment.INSERTED)).isEqualTo("new");
    }
}
