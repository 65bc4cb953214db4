package org.redline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures and comparisons of one run, written as target/bench/results.md and results.json. */
final class Report {

    record Figure(String id, String section, String label, String unit, Stats stats, String note) {
    }

    /**
     * A ratio of two medians measured in this run (or, without a denominator, one median against a
     * threshold), judged against its target: {@code op} is one of {@code <=}, {@code <}, {@code >=}.
     */
    record Comparison(String id, String label, String numerator, String denominator, Double value, String op,
            double threshold, String unit, Boolean pass) {

        String target() {
            return op.replace("<=", "≤").replace(">=", "≥") + " " + format(threshold) + unit;
        }

        String result() {
            return pass == null ? "not measured" : pass ? "PASS" : "FAIL";
        }
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Comparison> comparisons = new ArrayList<>();
    private final Map<String, Object> run = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> sectionOrder;

    /** @param sectionOrder the order sections appear in results.md (sections not listed follow) */
    Report(List<String> sectionOrder) {
        this.sectionOrder = sectionOrder;
    }

    void run(String key, Object value) {
        run.put(key, value);
    }

    void note(String note) {
        notes.add(note);
    }

    void figure(String id, String section, String label, String unit, Stats stats, String note) {
        figures.put(id, new Figure(id, section, label, unit, stats, note));
        System.out.printf(Locale.ROOT, "[bench] %-45s median %s %s (p25-p75 %s-%s, n=%d)%n", id, format(stats.median()),
                unit, format(stats.p25()), format(stats.p75()), stats.n());
    }

    Figure get(String id) {
        return figures.get(id);
    }

    /** numerator / denominator (medians), judged {@code ratio op threshold}. */
    void ratio(String id, String label, String numerator, String denominator, String op, double threshold) {
        var top = figures.get(numerator);
        var bottom = figures.get(denominator);
        Double value = top == null || bottom == null ? null : top.stats().median() / bottom.stats().median();
        comparisons.add(new Comparison(id, label, numerator, denominator, value, op, threshold, "x",
                value == null ? null : holds(value, op, threshold)));
    }

    /** A figure's median judged against an absolute threshold in its own unit. */
    void threshold(String id, String label, String figure, String op, double threshold, String unit) {
        var measured = figures.get(figure);
        Double value = measured == null ? null : measured.stats().median();
        comparisons.add(new Comparison(id, label, figure, null, value, op, threshold, " " + unit,
                value == null ? null : holds(value, op, threshold)));
    }

    private static boolean holds(double value, String op, double threshold) {
        return switch (op) {
            case "<=" -> value <= threshold;
            case "<" -> value < threshold;
            case ">=" -> value >= threshold;
            default -> throw new IllegalArgumentException(op);
        };
    }

    List<Comparison> comparisons() {
        return comparisons;
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        var json = new LinkedHashMap<String, Object>();
        json.put("run", run);
        json.put("notes", notes);
        var figureList = new ArrayList<Map<String, Object>>();
        for (var f : figures.values()) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", f.id());
            m.put("section", f.section());
            m.put("label", f.label());
            m.put("unit", f.unit());
            m.put("median", f.stats().median());
            m.put("p25", f.stats().p25());
            m.put("p75", f.stats().p75());
            m.put("min", f.stats().min());
            m.put("max", f.stats().max());
            m.put("samples", f.stats().n());
            if (f.note() != null) {
                m.put("note", f.note());
            }
            figureList.add(m);
        }
        json.put("figures", figureList);
        var comparisonList = new ArrayList<Map<String, Object>>();
        for (var c : comparisons) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", c.id());
            m.put("label", c.label());
            m.put("numerator", c.numerator());
            m.put("denominator", c.denominator());
            m.put(c.denominator() == null ? "median" : "ratio", c.value());
            m.put("target", c.op() + " " + c.threshold() + c.unit());
            m.put("result", c.result());
            comparisonList.add(m);
        }
        json.put("comparisons", comparisonList);
        var mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(out.resolve("results.json"), mapper.writeValueAsString(json) + "\n");
        Files.writeString(out.resolve("results.md"), markdown());
    }

    private String markdown() {
        var md = new StringBuilder("# Redline benchmarks\n\n");
        run.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\nEach figure is a median with its spread: p25-p75 and min-max over its samples (JMH SampleTime: every "
                + "timed call; git: one process per run; HTTP: one wrk round each); n is the number of samples. Times in "
                + "ms. Every comparison is a ratio of two medians measured in this same run, judged against the targets "
                + "of issue 7.\n");
        for (var note : notes) {
            md.append("\n> ").append(note).append('\n');
        }
        md.append("\n## Targets\n\n| comparison | measured | target | result |\n|---|---:|---|---|\n");
        for (var c : comparisons) {
            var measured = c.value() == null ? "-" : format(c.value()) + c.unit();
            md.append("| ").append(c.label()).append(" | ").append(measured).append(" | ").append(c.target())
                    .append(" | ").append(c.result()).append(" |\n");
        }
        var sections = new java.util.LinkedHashSet<String>(sectionOrder);
        figures.values().forEach(f -> sections.add(f.section()));
        for (var section : sections) {
            var inSection = figures.values().stream().filter(f -> f.section().equals(section)).toList();
            if (inSection.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(section).append("\n\n| figure | median | p25-p75 | min-max | n | note |\n")
                    .append("|---|---:|---:|---:|---:|---|\n");
            for (var f : inSection) {
                row(md, f);
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, Figure f) {
        var s = f.stats();
        md.append("| ").append(f.label()).append(" | ").append(format(s.median())).append(' ').append(f.unit())
                .append(" | ").append(format(s.p25())).append('-').append(format(s.p75()))
                .append(" | ").append(format(s.min())).append('-').append(format(s.max()))
                .append(" | ").append(s.n()).append(" | ").append(f.note() == null ? "" : f.note()).append(" |\n");
    }

    /** Three significant digits, no exponent. */
    static String format(double value) {
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        if (abs >= 0.01) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
