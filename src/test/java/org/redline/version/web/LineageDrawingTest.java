package org.redline.version.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redline.version.ChangeCounts;
import org.redline.version.VersionLink;
import org.redline.version.VersionStatus;
import org.redline.version.VersionSummary;

class LineageDrawingTest {

    private static VersionSummary version(int number, Integer parent) {
        return new VersionSummary(number, null, "Version " + number, LocalDate.of(2025, 11, 20 + number), null,
                VersionStatus.LEAKED, false, parent == null ? null : new VersionLink(parent, null), List.of(), null,
                "test", Instant.EPOCH, ChangeCounts.NONE);
    }

    @Test
    void aSecondChildOfTheSameParentOpensABranchLane() {
        var drawing = LineageDrawing.of("doc", List.of(version(1, null), version(2, 1), version(3, 1)));
        var nodes = drawing.nodes();
        assertThat(nodes.get(0).y()).isEqualTo(nodes.get(1).y());
        assertThat(nodes.get(2).y()).isGreaterThan(nodes.get(1).y());
        assertThat(nodes).extracting(LineageDrawing.Node::x).isSorted().doesNotHaveDuplicates();
        assertThat(drawing.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactly("1>2", "1>3");
        assertThat(drawing.edges().get(0).path()).doesNotContain("C");
        assertThat(drawing.edges().get(1).path()).contains("C");
        assertThat(drawing.description()).isEqualTo("version 2 derives from version 1; version 3 derives from version 1.");
        assertThat(nodes.get(2).href()).isEqualTo("/documents/doc/versions/3");
        assertThat(drawing.height()).isGreaterThan(LineageDrawing.LANE);
    }

    @Test
    void aChainStaysOnOneLaneAndABranchContinuesOnItsOwn() {
        var chain = LineageDrawing.of("doc", List.of(version(1, null), version(2, 1), version(3, 2)));
        assertThat(chain.nodes()).extracting(LineageDrawing.Node::y).containsOnly(LineageDrawing.MARGIN_Y);

        var branched = LineageDrawing.of("doc", List.of(version(1, null), version(2, 1), version(3, 1), version(4, 3),
                version(5, 2)));
        var y = branched.nodes().stream().map(LineageDrawing.Node::y).toList();
        assertThat(y.get(3)).as("4 continues 3's lane").isEqualTo(y.get(2));
        assertThat(y.get(4)).as("5 continues 2's lane").isEqualTo(y.get(1));
        assertThat(LineageDrawing.of("doc", List.of()).nodes()).isEmpty();
    }

    @Test
    void theChartAxisEndsOnARoundNumber() {
        assertThat(TimelineChart.niceCeiling(1)).isEqualTo(4);
        assertThat(TimelineChart.niceCeiling(28)).isEqualTo(40);
        assertThat(TimelineChart.niceCeiling(41)).isEqualTo(80);
        assertThat(TimelineChart.niceCeiling(20_000)).isEqualTo(20_000);
    }
}
