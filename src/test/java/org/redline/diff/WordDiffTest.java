package org.redline.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String joined(List<TextSegment> segments, TextSegment.Kind kind) {
        return String.join("|", segments.stream().filter(s -> s.kind() == kind).map(TextSegment::text).toList());
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
        var result = WordDiff.diff("Україна зберігає суверенітет", "Україна втрачає суверенітет", Diffs.POINT_WORK);
        assertThat(joined(result.segments(), TextSegment.Kind.DELETED)).isEqualTo("зберігає");
        assertThat(joined(result.segments(), TextSegment.Kind.INSERTED)).isEqualTo("втрачає");
    }

    @Test
    void militaryLimitsShowsTheCapChangeWordByWord() {
        var result = WordDiff.diff(
                "Ukraine’s armed forces capped at 600,000 personnel (current: ~850,000).",
                "Ukraine's armed forces are capped at 800,000 in peacetime.", Diffs.POINT_WORK);
        assertThat(result.coarse()).isFalse();
        assertThat(joined(result.segments(), TextSegment.Kind.DELETED)).contains("600,000").doesNotContain("Ukraine");
        assertThat(joined(result.segments(), TextSegment.Kind.INSERTED)).contains("800,000").contains("in peacetime").contains("are");
        // typographic apostrophes are not a change of wording
        assertThat(result.segments().get(0)).isEqualTo(new TextSegment(TextSegment.Kind.EQUAL, "Ukraine's armed forces "));
    }

    @Test
    void segmentsRebuildBothTexts() {
        var before = "The parties agree to a ceasefire, monitored by the US.";
        var after = "The parties agree to an immediate ceasefire monitored jointly by the US and Europe.";
        var segments = WordDiff.diff(before, after, Diffs.POINT_WORK).segments();
        var rebuiltBefore = String.join("", segments.stream().filter(s -> s.kind() != TextSegment.Kind.INSERTED).map(TextSegment::text).toList());
        var rebuiltAfter = String.join("", segments.stream().filter(s -> s.kind() != TextSegment.Kind.DELETED).map(TextSegment::text).toList());
        assertThat(rebuiltBefore).isEqualTo(before);
        assertThat(rebuiltAfter).isEqualTo(after);
    }

    @Test
    void aHugeRewriteIsCoarseInsteadOfUnbounded() {
        var huge = "word ".repeat(100_000).strip();
        var result = WordDiff.diff(huge, "peace", Diffs.POINT_WORK);
        assertThat(result.coarse()).isTrue();
        assertThat(joined(result.segments(), TextSegment.Kind.DELETED)).isEqualTo(huge);
        assertThat(joined(result.segments(), TextSegment.Kind.INSERTED)).isEqualTo("peace");
    }

    @Test
    void aLongTextWithOneChangeStaysWordLevel() {
        var before = "alpha ".repeat(50_000) + "old " + "omega ".repeat(50_000);
        var after = "alpha ".repeat(50_000) + "new " + "omega ".repeat(50_000);
        var result = WordDiff.diff(before, after, Diffs.POINT_WORK);
        assertThat(result.coarse()).isFalse();
        assertThat(joined(result.segments(), TextSegment.Kind.DELETED)).isEqualTo("old");
        assertThat(joined(result.segments(), TextSegment.Kind.INSERTED)).isEqualTo("new");
    }

    @Test
    void aChangeInsideAWordShowsTheWholeWord() {
        var result = WordDiff.diff("the peace plan", "the peaceful plan", Diffs.POINT_WORK);
        assertThat(joined(result.segments(), TextSegment.Kind.DELETED)).isEqualTo("peace");
        assertThat(joined(result.segments(), TextSegment.Kind.INSERTED)).isEqualTo("peaceful");
        var numbers = WordDiff.diff("capped at 600,000 personnel", "capped at 600,500 personnel", Diffs.POINT_WORK);
        assertThat(joined(numbers.segments(), TextSegment.Kind.DELETED)).isEqualTo("600,000");
        assertThat(joined(numbers.segments(), TextSegment.Kind.INSERTED)).isEqualTo("600,500");
    }

    @Test
    void aWordAtTheEndOfTheChangedSpanStillMatches() {
        // the last word of the middle has no space after it; it must still match the same word elsewhere
        var moved = WordDiff.diff("troops leave the zone now", "the troops leave now", Diffs.POINT_WORK);
        assertThat(joined(moved.segments(), TextSegment.Kind.DELETED)).doesNotContain("leave").contains("the zone");
        assertThat(joined(moved.segments(), TextSegment.Kind.INSERTED)).isEqualTo("the ");
        var swapped = WordDiff.diff("alpha beta gamma", "beta alpha gamma", Diffs.POINT_WORK);
        assertThat(swapped.segments()).filteredOn(s -> s.kind().equals(TextSegment.Kind.EQUAL))
                .anyMatch(s -> s.text().contains("alpha") || s.text().contains("beta"));
    }

    @Test
    void typographicVariantsInTheMiddleAreNotChanges() {
        var result = WordDiff.diff("all “foreign” troops – now", "no \"foreign\" troops - now", Diffs.POINT_WORK);
        assertThat(joined(result.segments(), TextSegment.Kind.DELETED)).isEqualTo("all");
        assertThat(joined(result.segments(), TextSegment.Kind.INSERTED)).isEqualTo("no");
    }

    @Test
    void segmentsRebuildBothTextsWhateverTheEdits() {
        var random = new java.util.SplittableRandom(7);
        String[] words = {"peace", "plan", "600,000", "troops", ".", ",", "  ", "\n", "Ukraine’s", "zone", "a"};
        for (int round = 0; round < 2_000; round++) {
            var before = new StringBuilder();
            var after = new StringBuilder();
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                var word = words[random.nextInt(words.length)];
                var separator = random.nextBoolean() ? " " : "";
                if (random.nextInt(4) > 0) {
                    before.append(word).append(separator);
                }
                if (random.nextInt(4) > 0) {
                    after.append(random.nextInt(5) == 0 ? words[random.nextInt(words.length)] : word).append(separator);
                }
            }
            var segments = WordDiff.diff(before.toString(), after.toString(), Diffs.POINT_WORK).segments();
            var rebuiltAfter = String.join("", segments.stream()
                    .filter(s -> s.kind() != TextSegment.Kind.DELETED).map(TextSegment::text).toList());
            var rebuiltBefore = String.join("", segments.stream()
                    .filter(s -> s.kind() != TextSegment.Kind.INSERTED).map(TextSegment::text).toList());
            assertThat(rebuiltAfter).as("round %d", round).isEqualTo(after.toString());
            assertThat(rebuiltBefore).as("round %d", round).isEqualTo(before.toString());
        }
    }

    @Test
    void theWorkChargedGrowsWithTheChangedMiddleNotTheWholeText() {
        var before = "alpha ".repeat(10_000) + "old " + "omega ".repeat(10_000);
        var after = "alpha ".repeat(10_000) + "new " + "omega ".repeat(10_000);
        assertThat(WordDiff.diff(before, after, Diffs.POINT_WORK).work()).isLessThanOrEqualTo(WordDiff.work(2));
    }

    /** The scanner's rule, as the regular expression it replaced for speed. */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
            "\\p{N}+(?:[.,:/]\\p{N}+)*%?|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*|\\s+|.",
            java.util.regex.Pattern.DOTALL);

    @Test
    void theTokenizerFollowsItsRegularExpressionOnAnyText() {
        // digits of several scripts, ½ and Ⅻ, letters, a combining accent, Cyrillic, CJK, an emoji (two chars),
        // separators in and around numbers and words, every kind of whitespace, NBSP, stray surrogates
        String[] pieces = {"6", "0", "٣", "½", "Ⅻ", "a", "Z", "é", "e\u0301", "ж", "Ї", "中", "😀", ".", ",", ":", "/", "%",
                "'", "’", "-", "–", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "(", "\"", "\uD800", "\uDC00"};
        var random = new java.util.SplittableRandom(11);
        for (int round = 0; round < 5_000; round++) {
            var text = new StringBuilder();
            for (int i = 0, n = random.nextInt(16); i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            var expected = new java.util.ArrayList<String>();
            var matcher = RULE.matcher(text);
            while (matcher.find()) {
                expected.add(matcher.group());
            }
            assertThat(WordDiff.tokens(text.toString())).as("tokens of [%s]", text).isEqualTo(expected);
        }
    }
}
