package org.redline.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointStatus;
import org.redline.version.PointView;

class AlignmentTest {

    private static final List<PointView> BASE = List.of(
            new PointView("sovereignty", "1", "Sovereignty", "a", PointStatus.AGREED, true, List.of(), null, 0),
            new PointView("military-limits", "6", "Military Limits", "b", PointStatus.AGREED, true, List.of(), null, 1),
            new PointView("elections", "25", "Elections", "c", PointStatus.AGREED, true, List.of(), null, 2));

    private static Draft draft(DraftPoint... points) {
        return new Draft(null, "d", null, null, null, false, null, null, null, List.of(points));
    }

    @Test
    void explicitKeyThenCategoryThenNumberThenNew() {
        var aligned = new Alignment().align(draft(
                new DraftPoint("elections", "9", "Votes", "x", null, null, null),
                new DraftPoint(null, "4", "military limits", "y", null, null, null),
                new DraftPoint(null, "1", null, "z", null, null, null),
                new DraftPoint(null, "7", "Energy Security", "w", null, null, null)), BASE);
        assertThat(aligned.draft().points()).extracting(DraftPoint::key)
                .containsExactly("elections", "military-limits", "sovereignty", "energy-security");
        assertThat(aligned.matches()).extracting(Match::reason).containsExactly("key", "category", "number", "new");
    }

    @Test
    void aBasePointContinuesIntoOneDraftPointOnly() {
        var aligned = new Alignment().align(draft(
                new DraftPoint(null, "1", "Sovereignty", "x", null, null, null),
                new DraftPoint(null, "2", "Sovereignty", "y", null, null, null)), BASE);
        assertThat(aligned.draft().points()).extracting(DraftPoint::key).containsExactly("sovereignty", "sovereignty-2");
    }

    @Test
    void newKeysAreReadable() {
        var aligned = new Alignment().align(draft(new DraftPoint(null, null, null, "Ceasefire lines are frozen at once", null, null, null)), List.of());
        assertThat(aligned.draft().points().get(0).key()).isEqualTo("ceasefire-lines-are-frozen-at");
    }
}
