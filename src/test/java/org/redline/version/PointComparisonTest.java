package org.redline.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointComparisonTest {

    private static PointView point(String number, String text, PointStatus status) {
        return new PointView("military-limits", number, "Military Limits", text, status, true, List.of(), null, 0);
    }

    @Test
    void classifiesEveryKindOfChange() {
        var six = point("6", "capped at 600,000", PointStatus.AGREED);
        assertThat(PointComparison.classify(null, six)).isEqualTo(ChangeKind.ADDED);
        assertThat(PointComparison.classify(six, null)).isEqualTo(ChangeKind.REMOVED);
        assertThat(PointComparison.classify(six, point("6", null, PointStatus.REMOVED))).isEqualTo(ChangeKind.REMOVED);
        assertThat(PointComparison.classify(six, point("6", "capped at 800,000", PointStatus.AGREED))).isEqualTo(ChangeKind.MODIFIED);
        assertThat(PointComparison.classify(six, point("4", "capped at 600,000", PointStatus.AGREED))).isEqualTo(ChangeKind.RENUMBERED);
        assertThat(PointComparison.classify(six, point("6", "capped at 600,000", PointStatus.BRACKETED))).isEqualTo(ChangeKind.MODIFIED);
        assertThat(PointComparison.classify(six, point("6", null, PointStatus.UNKNOWN))).isEqualTo(ChangeKind.UNKNOWN);
        assertThat(PointComparison.classify(six, six)).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(PointComparison.classify(point("6", null, PointStatus.REMOVED), six)).isEqualTo(ChangeKind.ADDED);
    }

    @Test
    void aMissingNumberIsNotARenumbering() {
        var six = point("6", "capped", PointStatus.AGREED);
        var unnumbered = point(null, "capped", PointStatus.AGREED);
        assertThat(PointComparison.classify(six, unnumbered)).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(PointComparison.classify(unnumbered, six)).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(PointComparison.changedFields(six, point("4", "capped", PointStatus.AGREED))).containsExactly("number");
    }

    @Test
    void newSourcesAreReportedButDoNotModifyAPoint() {
        var before = point("6", "capped", PointStatus.AGREED);
        var after = new PointView("military-limits", "6", "Military Limits", "capped", PointStatus.AGREED, true,
                List.of("https://example.org/a"), null, 0);
        assertThat(PointComparison.classify(before, after)).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(PointComparison.changedFields(before, after)).containsExactly("sourceRefs");
    }
}
