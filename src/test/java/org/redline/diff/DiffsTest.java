package org.redline.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.redline.version.ChangeCounts;
import org.redline.version.ChangeKind;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionStatus;
import org.redline.version.VersionSummary;
import org.redline.version.VersionView;

/** The whole-comparison rules that need no database: pairing order and the request's work budget. */
class DiffsTest {

    @Test
    void aComparisonOfManyRewrittenPointsStopsDiffingWordByWordAtTheRequestBudget() {
        // each point rewrites 2,000 words (4,000 on both sides together: (4,000)² = 16M of work)
        var before = new ArrayList<PointView>();
        var after = new ArrayList<PointView>();
        for (int i = 0; i < 6; i++) {
            before.add(point("p" + i, i, words(i, 2_000)));
            after.add(point("p" + i, i, words(100 + i, 2_000)));
        }
        var diff = Diffs.compare(view(1, before), view(2, after));

        var coarse = diff.points().stream().filter(PointDiff::coarse).count();
        assertThat(diff.points()).allMatch(p -> p.change() == ChangeKind.MODIFIED);
        assertThat(WordDiff.work(4_000) * 3).isLessThanOrEqualTo(Diffs.REQUEST_WORK);
        assertThat(coarse).as("points past the request budget are coarse").isEqualTo(3L);
        assertThat(diff.points().get(0).coarse()).as("the first points are word-level").isFalse();
        assertThat(diff.points().get(5).coarse()).isTrue();
    }

    @Test
    void pointsDiffedInPlaceBeforeTheKeysPartAreReadInOrderAndNotChargedTwice() {
        // p0 and p1 hold their places; then x is dropped and y added, so the walk falls back to pairing by key
        var before = List.of(point("p0", 0, words(0, 2_000)), point("p1", 1, words(1, 2_000)), point("x", 2, "gone"),
                point("p2", 3, words(2, 2_000)), point("p3", 4, words(3, 2_000)));
        var after = List.of(point("p0", 0, words(100, 2_000)), point("p1", 1, words(101, 2_000)), point("y", 2, "new"),
                point("p2", 3, words(102, 2_000)), point("p3", 4, words(103, 2_000)));
        var diff = Diffs.compare(view(1, before), view(2, after));

        assertThat(diff.points()).extracting(PointDiff::key).containsExactly("p0", "p1", "x", "y", "p2", "p3");
        assertThat(diff.points()).extracting(PointDiff::change).containsExactly(ChangeKind.MODIFIED, ChangeKind.MODIFIED,
                ChangeKind.REMOVED, ChangeKind.ADDED, ChangeKind.MODIFIED, ChangeKind.MODIFIED);
        // three rewrites fit the request budget: diffing p0 and p1 again after the fallback would spend it first
        assertThat(diff.points()).extracting(PointDiff::coarse).containsExactly(false, false, false, false, false, true);
        assertThat(diff.counts()).isEqualTo(new ChangeCounts(1, 1, 4, 0, 0, 0));
    }

    @Test
    void pointsKeepTheLaterVersionsOrderWhenKeysMove() {
        var before = List.of(point("a", 0, "one"), point("b", 1, "two"), point("c", 2, "three"));
        var after = List.of(point("c", 0, "three"), point("a", 1, "one"), point("b", 2, "two"));
        var diff = Diffs.compare(view(1, before), view(2, after));
        assertThat(diff.points()).extracting(PointDiff::key).containsExactly("c", "a", "b");
        assertThat(diff.points()).extracting(PointDiff::change)
                .containsExactly(ChangeKind.RENUMBERED, ChangeKind.RENUMBERED, ChangeKind.RENUMBERED);
    }

    private static PointView point(String key, int position, String text) {
        return new PointView(key, Integer.toString(position + 1), null, text, PointStatus.AGREED, true, List.of(), null,
                position);
    }

    private static String words(long seed, int count) {
        var random = new SplittableRandom(seed);
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append("w").append(random.nextInt(5_000));
        }
        return text.toString();
    }

    private static VersionView view(int number, List<PointView> points) {
        var summary = new VersionSummary(number, null, "Version " + number, null, null, VersionStatus.LEAKED, false, null,
                List.of(), null, "test", Instant.EPOCH, ChangeCounts.NONE);
        return new VersionView("doc", summary, points);
    }
}
