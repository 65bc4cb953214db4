package org.redline.version.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.redline.version.internal.DocumentTimeline;
import org.redline.version.VersionSummary;

/**
 * Which version derives from which, laid out for an inline SVG drawn on the server: one column per
 * version in recording order, one lane per branch. A version continues its parent's lane when it is
 * the parent's first child; a second child of the same parent (a counter-draft, a rival revision)
 * opens a new lane, so siblings read as branches.
 */
public record LineageDrawing(int width, int height, List<Node> nodes, List<Edge> edges) {

    static final int COLUMN = 150;
    static final int LANE = 74;
    static final int MARGIN_X = 44;
    static final int MARGIN_Y = 34;
    static final int RADIUS = 17;

    /** One version: its circle's centre, and the words to show under it. */
    public record Node(int number, int x, int y, String label, String caption, String status, boolean partial,
            String href) {

        public int captionY() {
            return y + RADIUS + 18;
        }

        public int numberY() {
            return y + 5;
        }
    }

    /** A line from a parent version to a version that derives from it; {@code path} is SVG path data. */
    public record Edge(int from, int to, String path) {
    }

    /** The drawing in words, for screen readers and for print. */
    public String description() {
        var parts = new ArrayList<String>();
        for (var edge : edges) {
            parts.add("version " + edge.to() + " derives from version " + edge.from());
        }
        return parts.isEmpty() ? "No version derives from another yet." : String.join("; ", parts) + ".";
    }

    static LineageDrawing of(DocumentTimeline timeline) {
        var versions = timeline.versions().stream().map(DocumentTimeline.Entry::version).toList();
        return of(timeline.document().slug(), versions);
    }

    static LineageDrawing of(String slug, List<VersionSummary> versions) {
        var laneOf = new HashMap<Integer, Integer>();
        var column = new HashMap<Integer, Integer>();
        var continued = new HashSet<Integer>();
        int lanes = 0;
        var nodes = new ArrayList<Node>();
        for (int i = 0; i < versions.size(); i++) {
            var version = versions.get(i);
            var parent = version.derivedFrom() == null ? null : version.derivedFrom().number();
            int lane;
            if (parent != null && laneOf.containsKey(parent) && continued.add(parent)) {
                lane = laneOf.get(parent);
            } else {
                lane = lanes;
            }
            lanes = Math.max(lanes, lane + 1);
            laneOf.put(version.number(), lane);
            column.put(version.number(), i);
            nodes.add(new Node(version.number(), MARGIN_X + i * COLUMN, MARGIN_Y + lane * LANE, version.label(),
                    caption(version), version.status().code(), version.partial(),
                    "/documents/" + slug + "/versions/" + version.number()));
        }
        var byNumber = new HashMap<Integer, Node>();
        nodes.forEach(n -> byNumber.put(n.number(), n));
        var edges = new ArrayList<Edge>();
        for (var version : versions) {
            if (version.derivedFrom() == null || !byNumber.containsKey(version.derivedFrom().number())) {
                continue;
            }
            var from = byNumber.get(version.derivedFrom().number());
            var to = byNumber.get(version.number());
            edges.add(new Edge(from.number(), to.number(), path(from, to)));
        }
        int width = MARGIN_X * 2 + Math.max(0, versions.size() - 1) * COLUMN;
        int height = MARGIN_Y * 2 + Math.max(0, lanes - 1) * LANE + 22;
        return new LineageDrawing(Math.max(width, 2 * MARGIN_X), height, nodes, edges);
    }

    /**
     * Straight along a lane. Into another lane it turns just after the parent, in the gap before the
     * next column (clear of the captions), then runs along the child's lane. Ends short of the circle
     * for the arrowhead.
     */
    private static String path(Node from, Node to) {
        int x1 = from.x() + RADIUS;
        int x2 = to.x() - RADIUS - 4;
        if (from.y() == to.y()) {
            return "M" + x1 + " " + from.y() + " L" + x2 + " " + to.y();
        }
        int turn = x1 + (COLUMN - 2 * RADIUS) / 2;
        int bend = Math.min(30, (x2 - turn) / 2);
        return "M" + x1 + " " + from.y() + " C" + turn + " " + from.y() + " " + (turn - bend) + " " + to.y() + " "
                + (turn + bend) + " " + to.y() + " L" + x2 + " " + to.y();
    }

    private static String caption(VersionSummary version) {
        var date = version.draftDate() != null ? version.draftDate() : version.reportedDate();
        return date == null ? version.status().code() : date.toString();
    }
}
