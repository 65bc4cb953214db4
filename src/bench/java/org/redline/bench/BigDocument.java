package org.redline.bench;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.history.internal.ChangeFilter;
import org.redline.history.History;
import org.redline.version.Draft;
import org.redline.version.DraftPoint;
import org.redline.version.ExpectedLatest;
import org.redline.version.PointStatus;
import org.redline.version.VersionRecording;
import org.redline.version.VersionStatus;

/**
 * Issue 13's big document: two versions of {@value #POINTS} points, the second rewording every point.
 * Measures what recording the rewrite costs and how long of that it holds the document lock (the
 * {@code redline.document.lock.held} timer), then what anonymous reads of the document cost over HTTP.
 */
final class BigDocument {

    static final String SLUG = "big";
    static final int POINTS = Integer.getInteger("redline.bench.big.points", 20_000);
    private static final long SEED = 13;

    private BigDocument() {
    }

    /**
     * @param auditWaitMs from the rewrite's return to its audit being complete (a read of the audit log waits for it)
     * @param auditMs what auditing the rewrite cost (the {@code redline.audit.version} timer: its Javers commits)
     */
    record Recording(double firstMs, double rewriteMs, double rewriteLockHeldMs, double auditWaitMs, double auditMs) {
    }

    /** Creates the document in the H2 database under {@code dir} and records both versions (through VersionRecording.record). */
    static Recording record(Path dir) {
        try (var context = BenchDatabase.open(dir)) {
            var documents = context.getBean(Documents.class);
            var recording = context.getBean(VersionRecording.class);
            var held = context.getBean(MeterRegistry.class).get("redline.document.lock.held").timer();
            var audited = context.getBean(MeterRegistry.class).get("redline.audit.version").timer();
            var history = context.getBean(History.class);
            documents.create(new NewDocument(SLUG, "A 20,000-point document", "make bench: issue 13"));
            long start = System.nanoTime();
            recording.record(SLUG, draft("v1", 0), ExpectedLatest.of(0), BenchDatabase.EDITOR);
            double first = (System.nanoTime() - start) / 1e6;
            history.changes(SLUG, new ChangeFilter(null, null, null, null), 0, 1); // the first version's audit, out of the way
            double heldBefore = held.totalTime(TimeUnit.MILLISECONDS);
            double auditBefore = audited.totalTime(TimeUnit.MILLISECONDS);
            start = System.nanoTime();
            recording.record(SLUG, draft("v2", 1), ExpectedLatest.of(1), BenchDatabase.EDITOR);
            double rewrite = (System.nanoTime() - start) / 1e6;
            double heldRewrite = held.totalTime(TimeUnit.MILLISECONDS) - heldBefore;
            start = System.nanoTime();
            history.changes(SLUG, new ChangeFilter(null, null, null, null), 0, 1);
            double auditWait = (System.nanoTime() - start) / 1e6;
            return new Recording(first, rewrite, heldRewrite, auditWait, audited.totalTime(TimeUnit.MILLISECONDS) - auditBefore);
        }
    }

    /** Version {@code revision + 1}: every point's text differs from the other version's. */
    static Draft draft(String ref, int revision) {
        var points = new ArrayList<DraftPoint>(POINTS);
        for (int i = 0; i < POINTS; i++) {
            var text = Corpus.clause(SEED, i);
            points.add(new DraftPoint(BenchDatabase.key(i), Integer.toString(i + 1), "Part " + (i / 1000 + 1),
                    revision == 0 ? text : Corpus.edit(text, i), PointStatus.AGREED, List.of(), null));
        }
        return new Draft(ref, "Big draft " + ref, null, null, VersionStatus.LEAKED, false, null, List.of(), null, points);
    }

    /** The anonymous reads of the big document, by name. */
    static Map<String, String> reads(String base) {
        var reads = new LinkedHashMap<String, String>();
        var doc = "/documents/" + SLUG;
        var api = "/api/documents/" + SLUG;
        reads.put("home page", "/");
        reads.put("compare page", doc + "/compare?from=1&to=2");
        reads.put("compare page, all points, last page", doc + "/compare?from=1&to=2&filter=all&page=" + (POINTS / org.redline.web.Pager.DEFAULT_SIZE - 1));
        reads.put("version page", doc + "/versions/2");
        reads.put("version page, last page", doc + "/versions/2?page=" + (POINTS / org.redline.web.Pager.DEFAULT_SIZE - 1));
        reads.put("timeline page", doc);
        reads.put("version JSON", api + "/versions/2");
        reads.put("diff JSON", api + "/diff?from=1&to=2");
        reads.put("diff JSON, changed only", api + "/diff?from=1&to=2&filter=changed");
        reads.put("matrix.json", api + "/export/matrix.json");
        reads.put("matrix.csv", api + "/export/matrix.csv");
        reads.put("search", api + "/search?q=" + Corpus.clause(SEED, 4321).split(" ")[2]);
        reads.replaceAll((name, path) -> base + path);
        return reads;
    }

    /** The server's used heap in MB, from its Prometheus endpoint (every heap pool's jvm_memory_used_bytes). */
    static double heapUsed(HttpClient client, String base) throws Exception {
        var body = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double bytes = 0;
        for (var line : body.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return bytes / (1024 * 1024);
    }

    /** The same after a full GC of the server (jcmd GC.run), so it counts what the server keeps, not garbage. */
    static double heapAfterGc(HttpClient client, String base, long pid) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        var gc = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(60, TimeUnit.SECONDS)) {
            gc.destroyForcibly();
        }
        return heapUsed(client, base);
    }

    record Read(Stats ms, int status, long bytes) {
    }

    /** Each read {@code runs} times after one warm-up call: milliseconds to the last byte, status and size. */
    static Read time(HttpClient client, String url, int runs) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "identity").build();
        var samples = new double[runs];
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Read(Stats.of(samples), response.statusCode(), response.body().length);
    }
}
