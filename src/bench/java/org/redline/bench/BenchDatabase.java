package org.redline.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.redline.RedlineApplication;
import org.redline.document.DocumentNotFound;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.ExpectedLatest;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionRecording;
import org.redline.version.VersionStatus;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database the recording and reading benchmarks run against: a fresh H2 file database holding one
 * document, {@value #SLUG}, grown through {@link VersionRecording#record} to exactly 10, then 1,000, then 10,000
 * versions (one database, grown between the steps, and copied after each step so the benchmarks of every
 * history length can run back to back).
 *
 * <p>Layout. Most versions are <em>narrow</em>: {@value #NARROW} points (keys k0001..k0030), each derived
 * from the previous narrow version, each revising one point (rotating, so every narrow point gathers
 * history/30 audit snapshots). The last two versions of each step are a <em>wide</em> version (ref
 * {@code wide-<history>}, number history - 1): the latest narrow version's 30 points plus 970 more, 1,000 in
 * all; then a last narrow version (number history) that revises k0001. The measured 30-point draft derives
 * from that last version (the latest, as most drafts do); the measured 1,000-point draft derives from the
 * wide version and changes every 20th point, k0001 among them, so both its change count and its audit
 * commit hold exactly 50 points. A version of a 1,000-point document is stored as 1,000 rows, so a history
 * of 10,000 wide versions would be 10 million rows; the narrow line gives the document its length and its
 * audit log its depth at a cost the bench can afford, while the measured 1,000-point recording still derives
 * from a real 1,000-point version whose points (some with deep history) Javers has seen.
 */
public final class BenchDatabase {

    public static final String SLUG = "bench";
    public static final String EDITOR = "bench";
    public static final int NARROW = 30;
    public static final int WIDE = 1_000;
    /** The measured 1,000-point draft changes every 20th point: 50 changes. */
    public static final int WIDE_STEP = 20;
    public static final int WIDE_CHANGES = WIDE / WIDE_STEP;
    /** The point the measured 30-point draft changes, and the point whose history is read. */
    public static final int NARROW_CHANGED = 7;
    public static final String HISTORY_KEY = key(0);
    private static final long SEED = 7;
    private static final int PER_TRANSACTION = 50;

    private BenchDatabase() {
    }

    /** Where the databases live: {@code -Dredline.bench.db}, else target/bench/db. */
    public static Path root() {
        return Path.of(System.getProperty("redline.bench.db", "target/bench/db")).toAbsolutePath();
    }

    /** The copy of the database as it was at {@code history} versions. */
    public static Path dir(int history) {
        return root().resolve("h" + history);
    }

    /** The service's Spring context (no web server, no fixtures) on the H2 file database in {@code dir}. */
    public static ConfigurableApplicationContext open(Path dir) {
        return new SpringApplicationBuilder(RedlineApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--redline.fixtures.load=false",
                        "--redline.data-dir=" + dir,
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("redline") + ";WRITE_DELAY=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        // Flyway warns that H2 2.4 is newer than it was verified with, once per fork.
                        "--logging.level.org.flywaydb.core.internal.database.base.Database=ERROR");
    }

    public static String wideRef(int history) {
        return "wide-" + history;
    }

    public static String key(int index) {
        return String.format("k%04d", index + 1);
    }

    /**
     * Records narrow versions until the document has {@code history - 2} versions, then the wide one, then
     * the last narrow one.
     *
     * @param progress called with the number of versions after each transaction
     */
    public static void grow(ConfigurableApplicationContext context, int history, IntConsumer progress) {
        if (history < 3) {
            throw new IllegalArgumentException("a history needs at least 3 versions: narrow, wide, narrow");
        }
        var documents = context.getBean(Documents.class);
        var versions = context.getBean(VersionTimeline.class);
        var recording = context.getBean(VersionRecording.class);
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        try {
            documents.get(SLUG);
        } catch (DocumentNotFound absent) {
            documents.create(new NewDocument(SLUG, "Benchmark document", "Synthetic history for make bench"));
        }
        int count = versions.latest(SLUG).map(v -> v.number()).orElse(0);
        if (count >= history - 1) {
            throw new IllegalStateException("the bench database already holds " + count
                    + " versions, cannot grow it to " + history + ": delete it and start again");
        }
        var narrow = count == 0 ? null : latestNarrow(versions);
        while (count < history - 2) {
            int upTo = Math.min(history - 2, count + PER_TRANSACTION);
            final int from = count;
            final var start = narrow;
            narrow = transaction.execute(status -> {
                var line = start;
                for (int number = from + 1; number <= upTo; number++) {
                    var draft = narrowDraft(number, line, number % NARROW);
                    recording.record(SLUG, draft, ExpectedLatest.of(number - 1), EDITOR);
                    line = new Line(number, draft.points());
                }
                return line;
            });
            count = upTo;
            progress.accept(count);
        }
        var wide = wideDraft(history, narrow);
        var last = narrowDraft(history, narrow, 0);
        transaction.executeWithoutResult(status -> {
            recording.record(SLUG, wide, ExpectedLatest.of(history - 2), EDITOR);
            recording.record(SLUG, last, ExpectedLatest.of(history - 1), EDITOR);
        });
        progress.accept(history);
    }

    /** A narrow version and its points. */
    private record Line(int number, List<DraftPoint> points) {
    }

    private static Line latestNarrow(VersionTimeline versions) {
        var latest = versions.latest(SLUG).orElseThrow();
        return new Line(latest.number(), draftPoints(versions.get(SLUG, Integer.toString(latest.number()))));
    }

    /** Narrow version {@code number}: the previous one with point {@code revised} reworded. */
    private static Draft narrowDraft(int number, Line previous, int revised) {
        var points = new ArrayList<DraftPoint>(NARROW);
        if (previous == null) {
            for (int i = 0; i < NARROW; i++) {
                points.add(point(i, Corpus.clause(SEED, i)));
            }
            return draft("n-" + number, null, points);
        }
        points.addAll(previous.points());
        points.set(revised, point(revised, Corpus.clause(SEED, revised) + " Revision " + number + "."));
        return draft("n-" + number, Integer.toString(previous.number()), points);
    }

    private static Draft wideDraft(int history, Line narrow) {
        var points = new ArrayList<DraftPoint>(WIDE);
        points.addAll(narrow.points());
        for (int i = NARROW; i < WIDE; i++) {
            points.add(point(i, Corpus.clause(SEED, i)));
        }
        return draft(wideRef(history), Integer.toString(narrow.number()), points);
    }

    /** The measured 30-point draft: the latest narrow version with one point reworded, derived from it. */
    public static Draft narrowChange(VersionView narrow) {
        var points = new ArrayList<>(draftPoints(narrow));
        var changed = points.get(NARROW_CHANGED);
        points.set(NARROW_CHANGED, point(NARROW_CHANGED, Corpus.edit(changed.text(), 99)));
        return draft(null, Integer.toString(narrow.summary().number()), points);
    }

    /** The measured 1,000-point draft: the wide version with every 20th point reworded (50 changes), derived from it. */
    public static Draft wideChange(VersionView wide) {
        var points = new ArrayList<>(draftPoints(wide));
        for (int i = 0; i < points.size(); i += WIDE_STEP) {
            points.set(i, point(i, Corpus.edit(points.get(i).text(), i)));
        }
        return draft(null, Integer.toString(wide.summary().number()), points);
    }

    /** The latest version at a history step: the narrow version the measured 30-point draft derives from. */
    public static VersionView narrowAt(VersionTimeline versions, int history) {
        var latest = versions.get(SLUG, Integer.toString(history));
        if (latest.points().size() != NARROW) {
            throw new IllegalStateException("version " + history + " is not the last narrow version");
        }
        return latest;
    }

    public static List<PointView> asPoints(Draft draft) {
        var views = new ArrayList<PointView>(draft.points().size());
        for (var p : draft.points()) {
            views.add(new PointView(p.key(), p.number(), p.category(), p.text(), p.status(), true, p.sourceRefs(),
                    p.note(), views.size()));
        }
        return views;
    }

    private static List<DraftPoint> draftPoints(VersionView version) {
        return version.points().stream()
                .filter(p -> p.listed())
                .map(p -> new DraftPoint(p.key(), p.number(), p.category(), p.text(), p.status(), p.sourceRefs(), p.note()))
                .toList();
    }

    private static DraftPoint point(int index, String text) {
        return new DraftPoint(key(index), Integer.toString(index + 1), null, text, PointStatus.AGREED, List.of(), null);
    }

    private static Draft draft(String ref, String derivedFrom, List<DraftPoint> points) {
        return new Draft(ref, "Bench draft " + (ref == null ? "measured" : ref), null, null, VersionStatus.LEAKED, false,
                derivedFrom, List.of(), null, points);
    }
}
