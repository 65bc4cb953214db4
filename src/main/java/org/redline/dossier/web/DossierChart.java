package org.redline.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.redline.dossier.internal.DossierView;

/**
 * Every version of every document of a dossier on one time axis, one lane per document, drawn as an
 * inline SVG on the server. A version known only from reports is a hollow dotted circle: counted, not read.
 */
public record DossierChart(int width, int height, int axisY, List<Lane> lanes, List<Dot> dots, List<Tick> ticks,
        List<Edge> edges) {

    static final int LEFT = 190;
    static final int RIGHT = 40;
    static final int TOP = 24;
    static final int LANE = 78;
    static final int PLOT = 820;
    static final int MIN_GAP = 42;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public record Lane(String document, String title, int y) {
    }

    /** {@code kind}: the CSS classes (status, partial, reported-only). */
    public record Dot(int x, int y, int number, String document, String href, String kind, String title, String caption) {
    }

    public record Tick(int x, String label) {
    }

    /** A version's derivation inside its lane. */
    public record Edge(int x1, int y1, int x2, int y2) {
    }

    static DossierChart of(DossierView dossier) {
        var dated = dossier.timeline().stream().filter(d -> d.date() != null).toList();
        var first = dated.isEmpty() ? LocalDate.now() : dated.get(0).date();
        var last = dated.isEmpty() ? first : dated.get(dated.size() - 1).date();
        first = first.withDayOfMonth(1);
        last = last.withDayOfMonth(1).plusMonths(1);
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        var lanes = new ArrayList<Lane>();
        var laneY = new HashMap<String, Integer>();
        for (int i = 0; i < dossier.documents().size(); i++) {
            var member = dossier.documents().get(i);
            int y = TOP + 30 + i * LANE;
            lanes.add(new Lane(member.slug(), member.title(), y));
            laneY.put(member.slug(), y);
        }
        var dots = new ArrayList<Dot>();
        var where = new HashMap<String, int[]>();
        var lastX = new HashMap<String, Integer>();
        for (var entry : dossier.timeline()) {
            var v = entry.version();
            var date = entry.date() == null ? last : entry.date();
            int y = laneY.get(entry.document());
            int x = LEFT + (int) Math.round((double) ChronoUnit.DAYS.between(first, date) * PLOT / span);
            // versions of one document close in time (the Nov 2025 week: 20, 23, 23, 26) sit side by side,
            // never on top of each other: the date scale gives way to a minimum gap within a lane
            x = Math.max(x, lastX.getOrDefault(entry.document(), Integer.MIN_VALUE / 2) + MIN_GAP);
            lastX.put(entry.document(), x);
            var k = v.knowledge();
            var kind = "status-" + v.status().code() + (v.partial() ? " partial" : "") + (k.reportedOnly() ? " reported-only" : "")
                    + (k.uncertain() ? " uncertain" : "");
            var caption = k.reportedOnly() ? (k.reportedPointCount() == null ? "?" : k.reportedPointCount() + "?") : DAY.format(date);
            var title = entry.document() + " v" + v.number() + ": " + v.label() + " (" + (entry.date() == null ? "undated" : entry.date())
                    + (k.reportedOnly() ? "; known only from reports" : "") + (k.uncertain() ? "; uncertain" : "") + ")";
            dots.add(new Dot(x, y, v.number(), entry.document(), "/documents/" + entry.document() + "/versions/" + v.number(),
                    kind, title, caption));
            where.put(entry.document() + "#" + v.number(), new int[] {x, y});
        }
        var edges = new ArrayList<Edge>();
        for (var entry : dossier.timeline()) {
            var parent = entry.version().derivedFrom();
            var to = where.get(entry.document() + "#" + entry.version().number());
            var from = parent == null ? null : where.get(entry.document() + "#" + parent.number());
            if (from != null && to != null) {
                edges.add(new Edge(from[0], from[1], to[0], to[1]));
            }
        }
        var ticks = new ArrayList<Tick>();
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            ticks.add(new Tick(LEFT + (int) Math.round((double) ChronoUnit.DAYS.between(first, month) * PLOT / span), MONTH.format(month)));
        }
        int axisY = TOP + 30 + Math.max(1, lanes.size()) * LANE - 30;
        return new DossierChart(LEFT + PLOT + RIGHT + 60, axisY + 30, axisY, lanes, dots, ticks, edges);
    }
}
