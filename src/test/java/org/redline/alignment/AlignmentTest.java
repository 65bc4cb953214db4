package org.redline.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointStatus;
import org.redline.version.PointView;

class AlignmentTest {

    private static final List<PointView> BASE = List.of(
            new PointView("sovereignty", "1", "Sovereignty", "Reconfirm Ukraine's sovereignty over its recognized borders.", PointStatus.AGREED, true, List.of(), null, 0),
            new PointView("military-limits", "6", "Military Limits", "Ukraine's armed forces capped at 600,000 personnel.", PointStatus.AGREED, true, List.of(), null, 1),
            new PointView("elections", "25", "Elections", "Ukraine holds presidential elections within 100 days.", PointStatus.AGREED, true, List.of(), null, 2));

    private static Draft draft(DraftPoint... points) {
        return new Draft(null, "d", null, null, null, false, null, null, null, List.of(points));
    }

    private static DraftPoint point(String key, String number, String category, String text) {
        return new DraftPoint(key, number, category, text, null, null, null);
    }

    @Test
    void explicitKeyThenCategoryThenTextThenNew() {
        var aligned = Alignment.inMemory().align(draft(
                point("elections", "9", "Votes", "x"),
                point(null, "4", "military limits", "y"),
                point(null, "1", null, "The sovereignty of Ukraine within its recognised borders is reconfirmed."),
                point(null, "7", "Energy Security", "Gas transit through Ukraine resumes.")), BASE);
        assertThat(aligned.draft().points()).extracting(DraftPoint::key)
                .containsExactly("elections", "military-limits", "sovereignty", "energy-security");
        assertThat(aligned.matches()).extracting(Match::reason).containsExactly(Match.Reason.KEY, Match.Reason.CATEGORY, Match.Reason.TEXT, Match.Reason.NEW);
        assertThat(aligned.matches().get(2).baseNumber()).isEqualTo("1");
        assertThat(aligned.matches().get(2).score()).isBetween(0.5, 1.0);
        assertThat(aligned.matches().get(3).score()).isZero();
    }

    @Test
    void aNumberAloneDoesNotTieAPointWithTextToAnUnrelatedOne() {
        var aligned = Alignment.inMemory().align(draft(point(null, "6", null, "Gas transit through Ukraine resumes next winter.")), BASE);
        assertThat(aligned.matches().get(0).reason()).isEqualTo(Match.Reason.NEW);
        assertThat(aligned.matches().get(0).baseKey()).isNull();
    }

    @Test
    void aRemovedPointWithoutTextOrCategoryIsMatchedByItsNumber() {
        var base = List.of(new PointView("amnesty", "26", null, "Full amnesty for wartime actions.", PointStatus.AGREED, true, List.of(), null, 0));
        var aligned = Alignment.inMemory().align(draft(new DraftPoint(null, "26", null, null, PointStatus.REMOVED, null, null)), base);
        assertThat(aligned.matches().get(0).key()).isEqualTo("amnesty");
        assertThat(aligned.matches().get(0).reason()).isEqualTo(Match.Reason.NUMBER);
    }

    @Test
    void aBasePointContinuesIntoOneDraftPointOnly() {
        var aligned = Alignment.inMemory().align(draft(
                point(null, "1", "Sovereignty", "x"),
                point(null, "2", "Sovereignty", "y")), BASE);
        assertThat(aligned.draft().points()).extracting(DraftPoint::key).containsExactly("sovereignty", "sovereignty-2");
    }

    @Test
    void aPointTheEditorMarkedNewStaysNewHoweverCloseItsText() {
        var aligned = Alignment.inMemory().align(draft(point(null, "1", null, "Reconfirm Ukraine's sovereignty over its recognized borders.")),
                BASE, Set.of(0));
        assertThat(aligned.matches().get(0).reason()).isEqualTo(Match.Reason.MARKED_NEW);
        assertThat(aligned.matches().get(0).baseKey()).isNull();
        assertThat(aligned.draft().points().get(0).key()).isNotEqualTo("sovereignty");
    }

    @Test
    void theAssignmentMaximisesTheTotalNotTheFirstComer() {
        // The first draft point is close to both base points, the second only to the first base point:
        // greedy would give the first base point to the first draft point and leave the second unmatched.
        var base = List.of(
                new PointView("nuclear-plant", "19", null, "IAEA supervises Zaporizhzhia nuclear plant restart; power split.", PointStatus.AGREED, true, List.of(), null, 0),
                new PointView("non-nuclear", "18", null, "Ukraine reaffirms non-nuclear status under the NPT treaty.", PointStatus.AGREED, true, List.of(), null, 1));
        var aligned = Alignment.inMemory().align(draft(
                point(null, "1", null, "Ukraine stays non-nuclear under the NPT, and the Zaporizhzhia nuclear plant restarts under IAEA supervision."),
                point(null, "2", null, "The Zaporizhzhia nuclear plant restart is supervised by the IAEA; its power is split.")), base);
        assertThat(aligned.draft().points()).extracting(DraftPoint::key).containsExactly("non-nuclear", "nuclear-plant");
    }

    @Test
    void twoAdjacentPointsThatShareOneBaseTextAreASplit() {
        var base = List.of(
                new PointView("territories", "21", null, "De facto recognition of Crimea and Donbas as Russian; Kherson and Zaporizhzhia frozen at the line of contact.", PointStatus.AGREED, true, List.of(), null, 0),
                new PointView("elections", "25", null, "Ukraine holds presidential elections within 100 days.", PointStatus.AGREED, true, List.of(), null, 1));
        var aligned = Alignment.inMemory().align(draft(
                point(null, "1", null, "Crimea and the Donbas are recognised de facto as Russian."),
                point(null, "2", null, "Kherson and Zaporizhzhia are frozen along the line of contact."),
                point(null, "3", null, "Elections are held within 100 days.")), base);
        var points = aligned.draft().points();
        assertThat(points.stream().filter(p -> p.key().equals("territories"))).hasSize(1);
        assertThat(points.stream().filter(p -> "territories".equals(p.splitFrom()))).hasSize(1);
        assertThat(points.get(2).key()).isEqualTo("elections");
    }

    @Test
    void oneDraftPointThatCarriesTwoBaseTextsIsAMerge() {
        var base = List.of(
                new PointView("nuclear-treaties", "17", null, "Extend US-Russia START nuclear arms control treaties.", PointStatus.AGREED, true, List.of(), null, 0),
                new PointView("non-nuclear", "18", null, "Ukraine reaffirms non-nuclear status under the NPT.", PointStatus.AGREED, true, List.of(), null, 1),
                new PointView("elections", "25", null, "Ukraine holds presidential elections within 100 days.", PointStatus.AGREED, true, List.of(), null, 2));
        var aligned = Alignment.inMemory().align(draft(
                point(null, "1", null, "The US and Russia extend the START arms control treaties, and Ukraine stays a non-nuclear state under the NPT."),
                point(null, "2", null, "Elections are held within 100 days.")), base);
        var merged = aligned.draft().points().get(0);
        assertThat(merged.mergedFrom()).hasSize(1);
        assertThat(List.of(merged.key(), merged.mergedFrom().get(0))).containsExactlyInAnyOrder("nuclear-treaties", "non-nuclear");
        assertThat(aligned.matches().get(0).mergedFrom()).isEqualTo(merged.mergedFrom());
    }

    @Test
    void lineageTheEditorGaveIsKept() {
        var aligned = Alignment.inMemory().align(draft(
                new DraftPoint(null, "1", null, "Ukraine's sovereignty over its recognized borders is reconfirmed.", null, null, null,
                        List.of("elections"), null),
                new DraftPoint(null, "2", null, "Ukraine's armed forces are capped at 600,000 personnel.", null, null, null,
                        List.of(), "military-limits")), BASE);
        var points = aligned.draft().points();
        assertThat(points.get(0).key()).isEqualTo("sovereignty");
        assertThat(points.get(0).mergedFrom()).containsExactly("elections");
        // split off military-limits by the editor's word: a new point, however close its text
        assertThat(points.get(1).key()).isNotEqualTo("military-limits");
        assertThat(points.get(1).splitFrom()).isEqualTo("military-limits");
    }

    @Test
    void newKeysAreReadable() {
        var aligned = Alignment.inMemory().align(draft(point(null, null, null, "Ceasefire lines are frozen at once")), List.of());
        assertThat(aligned.draft().points().get(0).key()).isEqualTo("ceasefire-lines-are-frozen-at");
    }

    @Test
    void keysOfOtherScriptsAreTransliteratedAndNeverDigitsAlone() {
        // issue 12: a Cyrillic point's key came out as its digits alone, or as a hash
        var aligned = Alignment.inMemory().align(draft(
                point(null, "6", null, "Численность ВСУ ограничена 600 000 военнослужащих."),
                point(null, "7", null, "600 000"),
                point(null, "8", "Армия", "Численность армии")), List.of());
        assertThat(aligned.draft().points()).extracting(DraftPoint::key)
                .containsExactly("cislennost-vsu-ogranicena-600-000", "point-7-600-000", "armia");
    }
}
