package org.redline.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.ExpectedLatest;
import org.redline.version.MetadataCorrection;
import org.redline.version.MetadataCorrections;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.Source;
import org.redline.version.VersionRecording;
import org.redline.version.VersionStatus;
import org.redline.version.VersionTimeline;

/**
 * Writes a random document history from a seed, using every feature a history file must carry:
 * merges, splits, partial versions, versions derived from older ones, removed points, metadata
 * corrections by several editors, sources and point links, numbers in every printed form, and texts
 * in several scripts full of characters Markdown gives a meaning to, some of them long.
 */
final class RandomHistory {

    /** Words a text is made of: plain, non-Latin, and Markdown-significant. */
    private static final String[] WORDS = {
        "ceasefire", "guarantees", "territory", "sanctions", "Ukraine", "NATO", "600,000", "2026",
        "прекращение", "огня", "гарантии", "Україна", "ειρήνη", "συμφωνία", "和平", "协议", "停火", "السلام", "اتفاق", "שלום",
        "*", "**bold**", "_under_", "__strong__", "`code`", "``", "\\", "\\\\", "\\*", "|", "a|b", "#", "# heading", "##",
        "<", ">", "<br>", "<b>x</b>", "[", "]", "[link](https://example.org)", "![img](x.png)", "&amp;", "&", "&#42;",
        "~~struck~~", "1.", "-", "+", "> quote", "e.g.", "(a)", "{x}", "$", "!", "\"quoted\"", "'s", "…", "—", "’"};

    private final Random random;
    private final long seed;
    private int counter;

    RandomHistory(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Creates the document and records its versions; returns its slug. */
    String write(Documents documents, VersionRecording recording, MetadataCorrections corrections,
            VersionTimeline versions) {
        // the slug is not drawn from the seed: a seed may be written twice into the one shared database
        var slug = "prop-" + seed + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        documents.create(new NewDocument(slug, "Property " + words(3), random.nextBoolean() ? words(6) : null));
        int count = 5 + random.nextInt(4);
        for (int n = 1; n <= count; n++) {
            var baseNumber = n == 1 ? 0 : (n > 3 && random.nextInt(5) == 0 ? n - 2 : n - 1);
            var base = baseNumber == 0 ? List.<PointView>of() : versions.get(slug, Integer.toString(baseNumber)).points();
            // every feature at least once: a merge in version 2, a split and a partial draft in version 3
            var draft = draft(n, baseNumber, base, n == 3 || (n > 3 && random.nextInt(3) == 0), n == 2, n == 3);
            recording.record(slug, draft, ExpectedLatest.ANY, editor());
            if (n >= 2 && (n == 2 || random.nextInt(3) == 0)) {
                int corrected = 1 + random.nextInt(n);
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    corrections.correctMetadata(slug, Integer.toString(corrected), correction(), "reason: " + words(4), editor(),
                            ExpectedLatest.ANY);
                }
            }
        }
        return slug;
    }

    private Draft draft(int n, int baseNumber, List<PointView> base, boolean partial, boolean forceMerge, boolean forceSplit) {
        var live = new ArrayList<>(base.stream().filter(p -> p.status() != PointStatus.REMOVED).toList());
        var points = new ArrayList<DraftPoint>();
        var merged = new HashSet<String>();
        int position = 0;
        for (int i = 0; i < live.size(); i++) {
            var point = live.get(i);
            if (merged.contains(point.key())) {
                continue;
            }
            int action = random.nextInt(10);
            boolean mustMerge = forceMerge && merged.isEmpty() && i + 1 < live.size();
            if (!mustMerge && (action == 0 || (partial && action < 3))) {
                continue; // left out: removed in a full draft, unknown in a partial one
            }
            var mergedFrom = new ArrayList<String>();
            if (mustMerge || (action == 1 && i + 1 < live.size())) {
                var victim = live.get(i + 1).key();
                merged.add(victim);
                mergedFrom.add(victim);
            }
            var text = point.text() == null || random.nextInt(3) == 0 ? text(1 + random.nextInt(12)) : point.text();
            // and a point the draft itself marks removed, in version 2
            boolean mustRemove = n == 2 && mergedFrom.isEmpty() && points.stream().noneMatch(p -> p.status() == PointStatus.REMOVED);
            var status = mustRemove || random.nextInt(8) == 0 ? PointStatus.REMOVED : random.nextInt(6) == 0 ? PointStatus.BRACKETED : PointStatus.AGREED;
            points.add(new DraftPoint(point.key(), number(++position), random.nextBoolean() ? point.category() : category(),
                    status == PointStatus.REMOVED && random.nextBoolean() ? null : text, status, links(), note(), mergedFrom, null));
            if ((forceSplit && points.stream().noneMatch(p -> p.splitFrom() != null)) || action == 2) {
                points.add(new DraftPoint(key(), number(++position), category(), text(2 + random.nextInt(8)),
                        PointStatus.AGREED, List.of(), null, List.of(), point.key()));
            }
        }
        for (int k = n == 1 ? 4 + random.nextInt(6) : 1 + random.nextInt(3); k > 0; k--) {
            points.add(new DraftPoint(key(), random.nextInt(15) == 0 ? null : number(++position), category(),
                    text(1 + random.nextInt(10)), PointStatus.AGREED, links(), note()));
        }
        return new Draft("v" + n + "-" + Integer.toHexString(random.nextInt(0xffff)), "Draft " + n + " " + words(3), date(),
                random.nextBoolean() ? date() : null, status(), partial, baseNumber == 0 ? null : Integer.toString(baseNumber),
                sources(), random.nextBoolean() ? text(5) : null, points);
    }

    private MetadataCorrection correction() {
        var fields = EnumSet.of(MetadataCorrection.Field.LABEL); // a new label, so the correction always changes something
        for (var field : MetadataCorrection.Field.values()) {
            if (random.nextBoolean()) {
                fields.add(field);
            }
        }
        return new MetadataCorrection(fields, "Corrected " + words(3), random.nextBoolean() ? date() : null,
                random.nextBoolean() ? date() : null, status(), sources(), random.nextBoolean() ? text(4) : null);
    }

    /** A number as documents print them: 6, 6a, 6.1, A.6.1, 6(3)(a), (vi). Unique per position. */
    private String number(int position) {
        return switch (random.nextInt(8)) {
            case 0 -> position + "a";
            case 1 -> position + ".1";
            case 2 -> "A." + position + ".1";
            case 3 -> position + "(3)(a)";
            case 4 -> position < 40 ? "(" + roman(position) + ")" : Integer.toString(position);
            default -> Integer.toString(position);
        };
    }

    private static String roman(int n) {
        var tens = new String[] {"", "x", "xx", "xxx"};
        var ones = new String[] {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        return tens[n / 10] + ones[n % 10];
    }

    /** Words at random, one made unique so that no two drafts have the same content; now and then a long text. */
    private String text(int words) {
        return words(random.nextInt(25) == 0 ? 400 + random.nextInt(800) : words);
    }

    /** Words at random, never many: for labels, outlets and reasons, which have a length limit. */
    private String words(int total) {
        var out = new StringBuilder();
        for (int i = 0; i < total; i++) {
            out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return out.append("t").append(++counter).toString();
    }

    private String category() {
        return random.nextInt(4) == 0 ? null : WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
    }

    private String key() {
        return "k-" + (++counter) + (random.nextBoolean() ? "-split" : "");
    }

    private List<String> links() {
        return random.nextInt(4) == 0 ? List.of("https://example.org/p/" + (++counter) + "?a=b_c&d=(e)") : List.of();
    }

    private String note() {
        return random.nextInt(5) == 0 ? text(4) : null;
    }

    private List<Source> sources() {
        var sources = new ArrayList<Source>();
        for (int k = random.nextInt(3); k > 0; k--) {
            sources.add(new Source(random.nextBoolean() ? "Outlet " + words(2) : null, "https://example.org/s/" + (++counter) + "_x?q=(1)"));
        }
        return sources;
    }

    private VersionStatus status() {
        return VersionStatus.values()[random.nextInt(VersionStatus.values().length)];
    }

    private LocalDate date() {
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
    }

    private String editor() {
        return new String[] {"alice", "Богдан", "editor-3"}[random.nextInt(3)];
    }
}
