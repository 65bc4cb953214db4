package org.redline.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static DraftPoint point(String number, String text) {
        return new DraftPoint(null, number, "Topic", text, null, null, null);
    }

    private static Draft draft(List<DraftPoint> points) {
        return new Draft("d-1", "A draft", null, null, null, false, null, null, null, points);
    }

    @Test
    void duplicateNumbersAreRejectedWithThePointNamed() {
        assertThatThrownBy(() -> draft(List.of(point("1", "a"), point("1", "b"))))
                .isInstanceOf(DraftRejected.class)
                .extracting(e -> ((DraftRejected) e).where()).isEqualTo("points[1].number");
    }

    @Test
    void aPointNeedsTextUnlessRemoved() {
        assertThatThrownBy(() -> point("1", null)).isInstanceOf(DraftRejected.class).hasMessageContaining("text");
        var removed = new DraftPoint(null, "3", "Topic", null, PointStatus.REMOVED, null, null);
        assertThat(removed.status()).isEqualTo(PointStatus.REMOVED);
    }

    private static final Knowledge REPORTED_22 = new Knowledge(VersionKind.REPORTED_ONLY, 22, true);
    private static final List<Source> TASS = List.of(new Source("TASS", "https://tass.com/world/2048955"));

    private static Draft reported(List<Source> sources, List<DraftPoint> points, Knowledge knowledge) {
        return new Draft("r-1", "22 points", null, null, VersionStatus.REPORTED, false, null, sources, null, points, knowledge);
    }

    private static String where(Runnable build) {
        try {
            build.run();
        } catch (DraftRejected e) {
            return e.where();
        }
        throw new AssertionError("expected the draft to be rejected");
    }

    @Test
    void aDraftKnownOnlyFromReportsIsPartialNeedsASourceAndHasNoText() {
        var countOnly = reported(TASS, List.of(), REPORTED_22);
        assertThat(countOnly.partial()).as("what no report names is unknown, not removed").isTrue();
        assertThat(countOnly.knowledge().reportedPointCount()).isEqualTo(22);
        var change = new DraftPoint("territories", null, "Territories", null, null, null, "Reported: new ideas on territory");
        assertThat(reported(TASS, List.of(change), new Knowledge(VersionKind.REPORTED_ONLY, null, false)).points()).hasSize(1);

        assertThat(where(() -> reported(List.of(), List.of(), REPORTED_22))).isEqualTo("sources");
        assertThat(where(() -> reported(TASS, List.of(), new Knowledge(VersionKind.REPORTED_ONLY, null, false)))).isEqualTo("points");
        assertThat(where(() -> reported(TASS, List.of(point("1", "invented text")), REPORTED_22))).isEqualTo("points[0].text");
        assertThat(where(() -> new Knowledge(VersionKind.REPORTED_ONLY, 0, false))).isEqualTo("reportedPointCount");
    }

    @Test
    void onlyAReportedOnlyDraftRecordsAPointByItsNoteAlone() {
        var noteOnly = new DraftPoint(null, "1", "Topic", null, null, null, "reported changed");
        assertThat(where(() -> draft(List.of(noteOnly)))).isEqualTo("points[0].text");
        assertThat(where(() -> draft(List.of()))).isEqualTo("points");
    }

    @Test
    void whitespaceIsNormalisedAndControlCharactersRefused() {
        assertThat(point("1", "  capped \n at\t600,000 ").text()).isEqualTo("capped at 600,000");
        assertThatThrownBy(() -> point("1", "bad \u0007 bell")).isInstanceOf(DraftRejected.class);
    }

    @Test
    void onlyHttpLinksAreAccepted() {
        assertThatThrownBy(() -> new Source("x", "javascript:alert(1)"))
                .isInstanceOf(DraftRejected.class).hasMessageContaining("http");
        assertThatThrownBy(() -> new DraftPoint(null, "1", null, "t", null, List.of("ftp://x.org/a"), null))
                .isInstanceOf(DraftRejected.class)
                .extracting(e -> ((DraftRejected) e).where()).isEqualTo("sourceRefs[0]");
    }

    @Test
    void absurdDatesAreRefused() {
        assertThatThrownBy(() -> new Draft("d", "label", LocalDate.of(1066, 10, 14), null, null, false, null, null, null,
                List.of(point("1", "a")))).isInstanceOf(DraftRejected.class).hasMessageContaining("draftDate");
    }

    @Test
    void draftsCannotClaimAPointIsUnknown() {
        assertThatThrownBy(() -> new DraftPoint(null, "1", null, "t", PointStatus.UNKNOWN, null, null))
                .isInstanceOf(DraftRejected.class).hasMessageContaining("partial");
    }
}
