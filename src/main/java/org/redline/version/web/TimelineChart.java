package org.redline.version.web;

import java.util.ArrayList;
import java.util.List;
import org.redline.version.internal.DocumentTimeline;

/**
 * Points per version and changes per version, as bars for an inline SVG drawn on the server. Each
 * version has two stacked bars: the points it holds (agreed, bracketed, unknown) and its changes
 * against the version it derives from (added, modified, renumbered, removed).
 */
public record TimelineChart(int width, int height, int baseline, List<Bar> bars, List<Tick> ticks, List<Label> labels) {

    static final int PLOT_HEIGHT = 170;
    static final int TOP = 16;
    static final int LEFT = 40;
    static final int GROUP = 96;
    static final int BAR = 30;
    static final int GAP = 6;

    /** One stacked piece of a bar; {@code kind} names its colour class and its legend entry. */
    public record Bar(int x, int y, int width, int height, String kind, String title) {
    }

    public record Tick(int y, int value) {
    }

    /** Text under a bar group (the version) or above a bar (its total). */
    public record Label(int x, int y, String text, String kind) {
    }

    static TimelineChart of(DocumentTimeline timeline) {
        var entries = timeline.versions();
        int max = 1;
        for (var entry : entries) {
            var points = entry.points();
            var changes = entry.version().changes();
            max = Math.max(max, Math.max(points.live() + points.unknown(), changes.changed()));
        }
        int scaleMax = niceCeiling(max);
        int baseline = TOP + PLOT_HEIGHT;
        var bars = new ArrayList<Bar>();
        var labels = new ArrayList<Label>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var v = "v" + entry.version().number();
            int x = LEFT + 14 + i * GROUP;
            var p = entry.points();
            var knowledge = entry.version().knowledge();
            if (knowledge.reportedOnly()) {
                // counted, not read: one bar of the count reports give, none of points it does not hold
                int reported = knowledge.reportedPointCount() == null ? 0 : knowledge.reportedPointCount();
                stack(bars, x, baseline, scaleMax, v, new int[] {reported}, new String[] {"reported"}, "points");
                labels.add(new Label(x + BAR / 2, barTop(baseline, scaleMax, reported) - 4,
                        reported == 0 ? "?" : reported + "?", "total"));
            } else {
                stack(bars, x, baseline, scaleMax, v, new int[] {p.agreed(), p.bracketed(), p.unknown()},
                        new String[] {"agreed", "bracketed", "unknown"}, "points");
                labels.add(new Label(x + BAR / 2, barTop(baseline, scaleMax, p.live() + p.unknown()) - 4,
                        Integer.toString(p.live() + p.unknown()), "total"));
            }
            var c = entry.version().changes();
            stack(bars, x + BAR + GAP, baseline, scaleMax, v, new int[] {c.added(), c.modified(), c.renumbered(), c.removed()},
                    new String[] {"added", "modified", "renumbered", "removed"}, "changes");
            labels.add(new Label(x + BAR + GAP / 2, baseline + 18, v, "version"));
            labels.add(new Label(x + BAR + GAP + BAR / 2, barTop(baseline, scaleMax, c.changed()) - 4,
                    Integer.toString(c.changed()), "total"));
        }
        var ticks = new ArrayList<Tick>();
        for (int step = 0; step <= 4; step++) {
            int value = scaleMax * step / 4;
            ticks.add(new Tick(barTop(baseline, scaleMax, value), value));
        }
        int width = LEFT + 14 + Math.max(1, entries.size()) * GROUP;
        return new TimelineChart(width, baseline + 28, baseline, bars, ticks, labels);
    }

    private static void stack(List<Bar> bars, int x, int baseline, int scaleMax, String version, int[] values,
            String[] kinds, String what) {
        int total = 0;
        for (int k = 0; k < values.length; k++) {
            if (values[k] == 0) {
                continue;
            }
            int bottom = barTop(baseline, scaleMax, total);
            total += values[k];
            int top = barTop(baseline, scaleMax, total);
            bars.add(new Bar(x, top, BAR, Math.max(1, bottom - top), kinds[k],
                    version + ": " + values[k] + " " + (kinds[k].equals("reported") ? "points reported, not read" : kinds[k])
                            + (what.equals("points") && !kinds[k].equals("reported") ? " points" : "")));
        }
    }

    private static int barTop(int baseline, int scaleMax, int value) {
        return baseline - (int) Math.round((double) value * PLOT_HEIGHT / scaleMax);
    }

    /** The axis maximum: the smallest of 1, 2, 5 times a power of ten (times 4, for four even ticks) above the data. */
    static int niceCeiling(int max) {
        int magnitude = 1;
        while (true) {
            for (int step : new int[] {1, 2, 5}) {
                if (step * magnitude * 4 >= max) {
                    return step * magnitude * 4;
                }
            }
            magnitude *= 10;
        }
    }
}
