package org.redline.version.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redline.version.ChangeKind;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.PointStatus;
import org.redline.version.PointView;

class VersionContentTest {

    private static final List<PointView> BASE = List.of(
            new PointView("sovereignty", "1", "Sovereignty", "a", PointStatus.AGREED, true, List.of(), null, 0),
            new PointView("military-limits", "6", "Military Limits", "600,000", PointStatus.AGREED, true, List.of(), null, 1),
            new PointView("amnesty", "26", "Amnesty", null, PointStatus.REMOVED, true, List.of(), null, 2));

    private static Draft draft(boolean partial) {
        return new Draft(null, "next", null, null, null, partial, null, null, null,
                List.of(new DraftPoint("sovereignty", "1", "Sovereignty", "b", null, null, null)));
    }

    @Test
    void aPartialDraftLeavesUnlistedPointsUnknown() {
        var points = VersionContent.points(draft(true), BASE);
        assertThat(points).extracting(PointView::key).containsExactly("sovereignty", "military-limits");
        assertThat(points.get(1).status()).isEqualTo(PointStatus.UNKNOWN);
        assertThat(points.get(1).listed()).isFalse();
        assertThat(VersionContent.changes(BASE, points))
                .containsEntry("sovereignty", ChangeKind.MODIFIED)
                .containsEntry("military-limits", ChangeKind.UNKNOWN)
                .containsEntry("amnesty", ChangeKind.UNCHANGED);
    }

    @Test
    void aFullDraftRemovesUnlistedPoints() {
        var points = VersionContent.points(draft(false), BASE);
        assertThat(points.get(1).status()).isEqualTo(PointStatus.REMOVED);
        assertThat(VersionContent.changes(BASE, points)).containsEntry("military-limits", ChangeKind.REMOVED);
    }

    @Test
    void theContentHashIgnoresMetadataButNotPoints() {
        var a = VersionContent.points(draft(true), BASE);
        assertThat(VersionContent.hash(true, a)).isEqualTo(VersionContent.hash(true, VersionContent.points(draft(true), BASE)));
        assertThat(VersionContent.hash(true, a)).isNotEqualTo(VersionContent.hash(false, a));
    }
}
