package org.redline.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.redline.diff.DiffBench;
import org.redline.history.HistoryPairBench;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make bench}: runs the JMH benchmarks (diff compute, adversarial diffs, recording, reads at two
 * history lengths), times {@code git diff --no-index --word-diff} on the same versions, load-tests the
 * packaged jar with wrk, and writes target/bench/results.md and results.json: every figure with median
 * and spread, every comparison as a ratio of medians from this run, PASS/FAIL against the targets.
 *
 * <p>Options: {@code --quick} (short runs, to check the harness, not to quote), {@code --only=diff,git,align,db,http,big},
 * {@code --history=10,1000,10000}, {@code --out=target/bench}, {@code --jar=target/redline-0.1.0-SNAPSHOT.jar}.
 */
public final class BenchMain {

    private static final String DIFF = "Diff compute";
    private static final String ADVERSARIAL = "Adversarial diffs";
    private static final String GIT = "git diff --no-index --word-diff (one process per run)";
    private static final String RECORD = "Recording a version";
    private static final String READ = "Reads at history length";
    private static final String HTTP = "HTTP (wrk -t2 -c16, keep-alive)";
    private static final String ALIGN = "Alignment of a draft against a base of the same size";
    private static final String BIG = "A document of two 20,000-point versions (issue 13)";
    private static final String SETUP = "Setup (not judged)";

    private static final List<String> RECORD_METHODS = List.of("record30", "record30NaiveCommit", "record1000",
            "record1000NaiveCommit");
    private static final List<String> READ_METHODS = List.of("timelinePage", "timelineFirstPage", "timelineLastPage",
            "pointHistory", "changeLog");

    private final boolean quick;
    private final Set<String> parts;
    private final List<Integer> history;
    private final Path out;
    private final Path jar;
    private final Report report = new Report(List.of(DIFF, GIT, ADVERSARIAL, ALIGN, RECORD, READ, HTTP, BIG, SETUP));

    private BenchMain(Map<String, String> options) {
        quick = options.containsKey("quick");
        parts = Set.of(options.getOrDefault("only", "diff,git,align,db,http,big").split(","));
        history = Stream.of(options.getOrDefault("history", "10,1000,10000").split(","))
                .map(String::strip).map(Integer::valueOf).sorted().distinct().toList();
        out = Path.of(options.getOrDefault("out", "target/bench")).toAbsolutePath();
        jar = Path.of(options.getOrDefault("jar", "target/redline-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            var eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
        }
        new BenchMain(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        var started = Instant.now();
        report.run("started", started.toString());
        report.run("mode", quick ? "QUICK (short runs to check the harness; do not quote these figures)" : "full");
        report.run("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", load average at start " + loadAverage());
        report.run("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.run("parts", String.join(",", parts));
        if (parts.contains("diff")) {
            diffs();
        }
        if (parts.contains("git")) {
            git();
        }
        if (parts.contains("align")) {
            alignment();
        }
        if (parts.contains("db")) {
            database();
        }
        if (parts.contains("http")) {
            http();
        }
        if (parts.contains("big")) {
            big();
        }
        compare();
        report.run("finished", Instant.now() + " (" + Duration.between(started, Instant.now()).toSeconds() + " s, load average "
                + loadAverage() + ")");
        report.write(out);
        System.out.println();
        System.out.println(Files.readString(out.resolve("results.md")));
        System.out.println("Wrote " + out.resolve("results.md") + " and " + out.resolve("results.json"));
    }

    // ---- diff compute ----------------------------------------------------------------------------

    private void diffs() throws RunnerException, IOException {
        deleteTree(out.resolve("paired"));
        var results = jmh("diff", options("org\\.redline\\.diff\\.(DiffBench|AdversarialDiffBench)\\.")
                .jvmArgsPrepend("-Dredline.bench.paired=" + out.resolve("paired")));
        for (var result : results) {
            var method = method(result);
            var scenario = result.getParams().getParam("scenario");
            var stats = stats(result);
            if (result.getParams().getBenchmark().contains("AdversarialDiffBench")) {
                report.figure("diff.adversarial." + scenario, ADVERSARIAL, "Diffs.compare, " + scenario, "ms", stats,
                        scenario.startsWith("words") ? "point texts are capped at 100,000 characters when recorded; "
                                + "this pair is built directly as versions" : "all 1,000 texts differ");
            } else if (method.equals("paired")) {
                var sides = PairedSamples.read(out.resolve("paired"), result.getParams());
                report.figure("diff.redline." + scenario, DIFF, "Diffs.compare, " + scenario, "ms",
                        Stats.of(sides.get(DiffBench.REDLINE)), DiffBench.changedTexts(scenario)
                                + " changed texts; one fork, calls alternating with the floor's");
                report.figure("diff.floor." + scenario, DIFF, "floor: DiffUtils.diff of the changed texts split at spaces, "
                        + scenario, "ms", Stats.of(sides.get(DiffBench.FLOOR)),
                        "one fork, calls alternating with the comparison's");
            } else {
                report.figure("diff.myers." + scenario, DIFF, "not judged: DiffUtils.diff alone on token lists split in setup, "
                        + scenario, "ms", stats, "leaves out the splitting every word diff of two texts does");
            }
        }
    }

    // ---- alignment -------------------------------------------------------------------------------

    private void alignment() throws RunnerException {
        var options = options("org\\.redline\\.alignment\\.AlignBench\\.");
        if (quick) {
            options.warmupIterations(1).measurementIterations(2);
        }
        for (var result : jmh("align", options)) {
            var size = result.getParams().getParam("points");
            var method = method(result);
            report.figure("align." + method + "." + size, ALIGN, (method.equals("align") ? "Alignment of " : "not judged: the same, "
                    + "every draft text's embedding known, ") + size + " points", "ms", stats(result),
                    "75% unchanged, 20% reworded, 3% dropped, 5% new, 1% swapped; base embeddings stored");
        }
    }

    // ---- git --word-diff -------------------------------------------------------------------------

    private void git() throws IOException, InterruptedException {
        boolean hyperfine = onPath("hyperfine");
        int warmup = quick ? 1 : 3;
        int runs = quick ? 5 : 20;
        for (var scenario : DiffScenarios.COMPARED) {
            var dir = out.resolve("git").resolve(scenario);
            Files.createDirectories(dir);
            var pair = DiffScenarios.build(scenario);
            Files.writeString(dir.resolve("from.txt"), DiffScenarios.asText(pair.from()));
            Files.writeString(dir.resolve("to.txt"), DiffScenarios.asText(pair.to()));
            var command = List.of("git", "-c", "core.pager=cat", "diff", "--no-index", "--word-diff=plain", "--no-color",
                    "--no-ext-diff", "from.txt", "to.txt");
            // Once for the record: git exits 1 when the files differ, and the word diff must not be empty.
            var check = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("word-diff.txt").toFile()).start();
            if (check.waitFor() != 1 || Files.size(dir.resolve("word-diff.txt")) == 0) {
                throw new IllegalStateException("git diff --word-diff did not report a difference for " + scenario);
            }
            double[] seconds;
            String how;
            if (hyperfine) {
                var json = dir.resolve("hyperfine.json");
                var hf = new ArrayList<>(List.of("hyperfine", "-N", "-i", "--style", "basic", "--warmup",
                        Integer.toString(warmup), "--runs", Integer.toString(runs), "--export-json", json.toString(),
                        String.join(" ", command)));
                exec(hf, dir, out.resolve("git").resolve(scenario + "-hyperfine.log"));
                var times = JsonMapper.shared().readTree(Files.readString(json)).get("results").get(0).get("times");
                seconds = new double[times.size()];
                for (int i = 0; i < seconds.length; i++) {
                    seconds[i] = times.get(i).asDouble();
                }
                how = "hyperfine -N";
            } else {
                seconds = new double[runs];
                for (int i = -warmup; i < runs; i++) {
                    long start = System.nanoTime();
                    new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                    if (i >= 0) {
                        seconds[i] = (System.nanoTime() - start) / 1e9;
                    }
                }
                how = "System.nanoTime around ProcessBuilder";
            }
            var ms = new double[seconds.length];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = seconds[i] * 1000;
            }
            report.figure("git." + scenario, GIT, "git diff --word-diff, " + scenario, "ms", Stats.of(ms),
                    Files.readAllLines(dir.resolve("from.txt")).size() + " lines; " + how + "; includes process start");
        }
    }

    // ---- recording and reading at history lengths -----------------------------------------------

    private void database() throws Exception {
        var root = out.resolve("db");
        deleteTree(root);
        var work = root.resolve("work");
        Files.createDirectories(work);
        for (int step : history) {
            long start = System.nanoTime();
            var reported = new int[] {0};
            try (var context = BenchDatabase.open(work)) {
                BenchDatabase.grow(context, step, count -> {
                    if (count / 1000 != reported[0] / 1000 || count == step) {
                        reported[0] = count;
                        System.out.printf(Locale.ROOT, "[bench] prepopulating: %d versions (%.0f s)%n", count,
                                (System.nanoTime() - start) / 1e9);
                    }
                });
            }
            report.figure("setup.grow-to." + step, SETUP, "grow the bench database to " + step + " versions (VersionRecording.record, "
                    + "50 per transaction, from the previous step)", "s", Stats.of((System.nanoTime() - start) / 1e9),
                    "one run; not a benchmark");
            copyTree(work, root.resolve("h" + step));
        }
        deleteTree(work);
        // Every history length of one benchmark runs back to back (JMH runs a method's parameters in turn), and each
        // baseline right after its case, so the figures a ratio compares are minutes apart, not a whole run.
        var steps = history.stream().map(String::valueOf).toArray(String[]::new);
        var ends = history.size() == 1 ? steps
                : new String[] {steps[0], steps[steps.length - 1]};
        group(root, "record", "org\\.redline\\.history\\.RecordBench\\.", steps, RECORD, RECORD_LABELS,
                "each call in a transaction begun and rolled back outside the timed region");
        if (ends.length == 2) {
            paired(root, ends[0], ends[1]);
        }
        for (var end : ends) {
            int step = Integer.parseInt(end);
            try (var context = BenchDatabase.open(root.resolve("h" + step))) {
                QueryProfile.write(context, step, out.resolve("queries-" + step + ".md"));
            }
            report.note("The SQL each recording and read runs at " + step + " versions (statements, executions, rows) "
                    + "is in target/bench/queries-" + step + ".md.");
        }
    }

    private static final Map<String, String> RECORD_LABELS = Map.of(
            "record30", "VersionRecording.record, 30 points, 1 change",
            "record1000", "VersionRecording.record, 1,000 points, 50 changes",
            "record30NaiveCommit", "naive javers.commit of all 30 points",
            "record1000NaiveCommit", "naive javers.commit of all 1,000 points");
    private static final Map<String, String> READ_LABELS = Map.of(
            "timelinePage", "timeline page: VersionTimeline.overview, newest " + HistoryPairBench.PAGE_SIZE + " versions with point tallies",
            "timelineFirstPage", "VersionTimeline.timeline, first page of " + HistoryPairBench.PAGE_SIZE,
            "timelineLastPage", "VersionTimeline.timeline, last page of " + HistoryPairBench.PAGE_SIZE,
            "pointHistory", "History.ofPoint, newest page of " + HistoryPairBench.PAGE_SIZE + " versions with audit changes",
            "changeLog", "History.changes, first page of " + HistoryPairBench.PAGE_SIZE + " point states");

    /** Figure ids kept from before the baselines were renamed to sort beside their cases. */
    private static final Map<String, String> FIGURE_IDS = Map.of(
            "record30NaiveCommit", "naiveCommit30", "record1000NaiveCommit", "naiveCommit1000");

    /** Runs one group of database benchmarks at the given history lengths (the databases under {@code root}). */
    private void group(Path root, String group, String include, String[] steps, String section,
            Map<String, String> labels, String note) throws RunnerException {
        // prepended: appending here would replace the benchmarks' own @Fork(jvmArgsAppend) heap settings
        var options = options(include).param("history", steps).jvmArgsPrepend("-Dredline.bench.db=" + root);
        for (var result : jmh(group, options)) {
            var method = method(result);
            var step = result.getParams().getParam("history");
            report.figure(group + "." + FIGURE_IDS.getOrDefault(method, method) + ".h" + step, section,
                    labels.getOrDefault(method, method) + ", at " + step + " versions", "ms", stats(result), note);
        }
    }

    /**
     * The history-length comparisons: each recording and read in one fork against both databases, call by call
     * in turn ({@link HistoryPairBench}), its measured calls reported per history length.
     */
    private void paired(Path root, String low, String high) throws RunnerException, IOException {
        var options = options("org\\.redline\\.history\\.HistoryPairBench\\.").param("low", low).param("high", high)
                .jvmArgsPrepend("-Dredline.bench.db=" + root, "-Dredline.bench.paired=" + out.resolve("paired"));
        for (var result : jmh("paired", options)) {
            var method = method(result);
            var sides = PairedSamples.read(out.resolve("paired"), result.getParams());
            boolean record = method.startsWith("record");
            for (var step : List.of(low, high)) {
                report.figure("paired." + method + ".h" + step, record ? RECORD : READ,
                        (record ? RECORD_LABELS : READ_LABELS).get(method) + ", at " + step + " versions, paired with "
                                + (step.equals(low) ? high : low), "ms", Stats.of(sides.get(step)),
                        "one fork, calls alternating between the " + low + "- and " + high + "-version databases"
                                + (record ? "; each in a transaction rolled back outside the timed call" : ""));
            }
        }
    }

    // ---- HTTP -----------------------------------------------------------------------------------

    private void http() throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn package first (make bench does)");
        }
        if (!onPath("wrk")) {
            throw new IllegalStateException("wrk is not installed: apt-get install -y wrk (make bench does)");
        }
        var dataDir = out.resolve("http-db");
        deleteTree(dataDir);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var base = "http://127.0.0.1:" + port;
        var endpoints = new LinkedHashMap<String, String>();
        endpoints.put("diff", base + "/api/documents/peace-plan/diff?from=1&to=2");
        endpoints.put("health", base + "/actuator/health");
        endpoints.put("compare-page", base + "/documents/peace-plan/compare?from=1&to=2");
        var server = new ProcessBuilder(javaCommand(), "-jar", jar.toString(), "--server.port=" + port,
                "--redline.data-dir=" + dataDir, "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(out.resolve("http-server.log").toFile()).start();
        var stopper = new Thread(server::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            waitUntilUp(server, endpoints);
            var duration = quick ? "3s" : "10s";
            int rounds = quick ? 1 : 3;
            for (var url : endpoints.values()) {
                wrk(url, quick ? "2s" : "5s", false);
            }
            // the same compare page revalidated: the ETag a first answer gave, sent back as If-None-Match (304)
            var etag = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoints.get("compare-page"))).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
            var runs = new LinkedHashMap<String, List<Wrk>>();
            for (int round = 0; round < rounds; round++) {
                for (var endpoint : endpoints.entrySet()) {
                    var result = wrk(endpoint.getValue(), duration, true);
                    Files.writeString(out.resolve("wrk-" + endpoint.getKey() + "-" + round + ".txt"), result.output());
                    runs.computeIfAbsent(endpoint.getKey(), k -> new ArrayList<>()).add(result);
                }
                var revalidated = wrk(endpoints.get("compare-page"), duration, false, "If-None-Match: " + etag);
                Files.writeString(out.resolve("wrk-compare-page-304-" + round + ".txt"), revalidated.output());
                runs.computeIfAbsent("compare-page-304", k -> new ArrayList<>()).add(revalidated);
            }
            endpoints.put("compare-page-304", endpoints.get("compare-page"));
            for (var entry : runs.entrySet()) {
                var name = entry.getKey();
                var list = entry.getValue();
                var path = URI.create(endpoints.get(name)).getRawPath() + (name.startsWith("diff") || name.startsWith("compare") ? "?from=1&to=2" : "");
                var note = rounds + " round(s) of " + duration + (name.endsWith("-304")
                        ? "; If-None-Match with the page's ETag, answers 304 (counted by wrk as non-2xx/3xx): "
                        : "; non-2xx: ") + list.stream().mapToLong(Wrk::errors).sum();
                report.figure("http.rps." + name, HTTP, "requests/s, GET " + path, "req/s",
                        Stats.of(list.stream().mapToDouble(Wrk::rps).toArray()), note);
                for (var p : List.of("50", "90", "99")) {
                    report.figure("http.p" + p + "." + name, HTTP, "latency p" + p + ", GET " + path, "ms",
                            Stats.of(list.stream().mapToDouble(w -> w.latency().getOrDefault(p, Double.NaN)).toArray()),
                            "wrk --latency, per round");
                }
            }
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
    }

    private record Wrk(double rps, Map<String, Double> latency, long errors, String output) {
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+)");

    private Wrk wrk(String url, String duration, boolean keep, String... headers) throws IOException, InterruptedException {
        var log = out.resolve("wrk-last.txt");
        var command = new ArrayList<>(List.of("wrk", "-t2", "-c16", "-d" + duration, "--latency"));
        for (var header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        exec(command, out, log);
        var text = Files.readString(log);
        var rps = RPS.matcher(text);
        if (!rps.find()) {
            throw new IllegalStateException("cannot read wrk's output:\n" + text);
        }
        var latency = new LinkedHashMap<String, Double>();
        var m = PERCENTILE.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            latency.put(m.group(1), switch (m.group(3)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            });
        }
        long errors = 0;
        var non2xx = NON_2XX.matcher(text);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        var socket = SOCKET_ERRORS.matcher(text);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        if (keep && errors > 0) {
            report.note("wrk saw " + errors + " non-2xx responses or socket errors on " + url + ": see target/bench/wrk-*.txt");
        }
        return new Wrk(Double.parseDouble(rps.group(1)), latency, errors, text);
    }

    private void waitUntilUp(Process server, Map<String, String> endpoints) throws Exception {
        var client = HttpClient.newHttpClient();
        var deadline = Instant.now().plusSeconds(600); // a loaded 2-core machine took over 180 s to start the jar
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped: see " + out.resolve("http-server.log"));
            }
            try {
                var health = client.send(HttpRequest.newBuilder(URI.create(endpoints.get("health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the server did not come up in 600 s: see " + out.resolve("http-server.log"));
            }
            Thread.sleep(250);
        }
        for (var url : endpoints.values()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            report.run("GET " + URI.create(url).getPath(), response.statusCode() + ", " + response.body().length()
                    + " characters, Cache-Control: " + response.headers().firstValue("Cache-Control").orElse("-")
                    + ", ETag: " + response.headers().firstValue("ETag").orElse("-"));
        }
    }

    // ---- a big document ------------------------------------------------------------------------

    private void big() throws Exception {
        var dir = out.resolve("big-db");
        // -Dredline.bench.big.reuse=true times the reads on the database a previous run recorded
        if (Boolean.getBoolean("redline.bench.big.reuse") && Files.isDirectory(dir)) {
            bigReads(dir);
            return;
        }
        deleteTree(dir);
        var recording = BigDocument.record(dir);
        report.figure("big.record.first", BIG, "VersionRecording.record, first version, " + BigDocument.POINTS + " points", "ms",
                Stats.of(recording.firstMs()), "one run");
        report.figure("big.record.rewrite", BIG, "VersionRecording.record, every one of " + BigDocument.POINTS
                + " points reworded", "ms", Stats.of(recording.rewriteMs()), "one run, to its commit; the audit follows");
        report.figure("big.record.rewrite-lock", BIG, "of which the document lock was held", "ms",
                Stats.of(recording.rewriteLockHeldMs()), "redline.document.lock.held timer: lock taken to commit");
        report.figure("big.audit.rewrite-wait", BIG, "then until its audit was complete (a read of the audit log waits for it)", "ms",
                Stats.of(recording.auditWaitMs()), "audit drained after the commit, on a background thread");
        report.figure("big.audit.rewrite", BIG, "auditing the rewrite (its Javers commits, out of the lock)", "ms",
                Stats.of(recording.auditMs()), "redline.audit.version timer");
        report.threshold("big.rewrite-lock", "Document lock held while recording a 20,000-point rewrite", "big.record.rewrite-lock",
                "<", 1000, "ms");
        if (Boolean.parseBoolean(System.getProperty("redline.bench.big.reads", "true"))) {
            bigReads(dir);
        }
    }

    /** Starts the packaged jar on the big document's database and times the anonymous reads. */
    private void bigReads(Path dir) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn package first (make bench does)");
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var base = "http://127.0.0.1:" + port;
        var server = new ProcessBuilder(javaCommand(), "-Xmx2g", "-jar", jar.toString(), "--server.port=" + port,
                "--redline.data-dir=" + dir, "--redline.fixtures.load=false", "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(out.resolve("big-server.log").toFile()).start();
        var stopper = new Thread(server::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            var reads = BigDocument.reads(base);
            var up = new LinkedHashMap<String, String>();
            up.put("health", base + "/actuator/health");
            waitUntilUp(server, up);
            var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            double heapBefore = BigDocument.heapAfterGc(client, base, server.pid());
            for (var read : reads.entrySet()) {
                var timed = BigDocument.time(client, read.getValue(), quick ? 2 : 5);
                report.figure("big.read." + read.getKey().replace(' ', '-'), BIG, "GET " + URI.create(read.getValue())
                        .getRawPath() + (URI.create(read.getValue()).getRawQuery() == null ? "" : "?"
                        + URI.create(read.getValue()).getRawQuery()), "ms", timed.ms(),
                        "status " + timed.status() + ", " + timed.bytes() + " bytes uncompressed; anonymous, after one warm-up call");
                report.threshold("big." + read.getKey().replace(' ', '-'), read.getKey() + ", two 20,000-point versions (median)",
                        "big.read." + read.getKey().replace(' ', '-'), "<", 2000, "ms");
            }
            double heapLoaded = BigDocument.heapUsed(client, base);
            double heapAfter = BigDocument.heapAfterGc(client, base, server.pid());
            report.figure("big.heap.before", BIG, "server heap used before the reads, after a full GC", "MB",
                    Stats.of(heapBefore), "jvm_memory_used_bytes{area=heap} from /actuator/prometheus; jcmd GC.run first");
            report.figure("big.heap.loaded", BIG, "server heap used right after the reads, no GC", "MB",
                    Stats.of(heapLoaded), "jvm_memory_used_bytes{area=heap}");
            report.figure("big.heap.after", BIG, "server heap used after the reads, after a full GC", "MB",
                    Stats.of(heapAfter), "jvm_memory_used_bytes{area=heap}; jcmd GC.run first");
            report.ratio("big.heap-returns", "Heap after the reads / before (both after a full GC)", "big.heap.after",
                    "big.heap.before", "<=", 1.25);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
    }

    // ---- targets --------------------------------------------------------------------------------

    private void compare() {
        for (var s : DiffScenarios.COMPARED) {
            report.ratio("diff-vs-floor." + s, "Diff compute / java-diff-utils floor, " + s, "diff.redline." + s,
                    "diff.floor." + s, "<=", 2);
        }
        for (var s : DiffScenarios.COMPARED) {
            report.ratio("diff-vs-git." + s, "Diff compute / git --word-diff, " + s, "diff.redline." + s, "git." + s, "<", 1);
        }
        for (var s : DiffScenarios.ADVERSARIAL) {
            report.threshold("adversarial." + s, "Adversarial diff, " + s + " (median)", "diff.adversarial." + s, "<", 250, "ms");
        }
        for (int h : history) {
            report.ratio("record-vs-naive.h" + h, "Record 1,000 points/50 changes / naive full-graph commit, at " + h
                    + " versions", "record.record1000.h" + h, "record.naiveCommit1000.h" + h, "<=", 0.25);
        }
        int low = history.get(0);
        int high = history.get(history.size() - 1);
        if (low != high) {
            for (var method : List.of("record30", "record1000")) {
                report.ratio("record-history." + method, "VersionRecording.record " + (method.equals("record30")
                        ? "30 points/1 change" : "1,000 points/50 changes") + ", " + high + " / " + low + " versions (paired)",
                        "paired." + method + ".h" + high, "paired." + method + ".h" + low, "<=", 1.5);
            }
            for (var method : READ_METHODS) {
                report.ratio("read-history." + method, method + ", " + high + " / " + low + " versions (paired)",
                        "paired." + method + ".h" + high, "paired." + method + ".h" + low, "<=", 2);
            }
        }
        report.threshold("align.1000", "Alignment, 1,000 points (median)", "align.align.1000", "<=", 1500, "ms");
        report.threshold("align.10000", "Alignment, 10,000 points (median)", "align.align.10000", "<=", 15000, "ms");
        report.ratio("align.scale", "Alignment, 10,000 / 1,000 points", "align.align.10000", "align.align.1000", "<=", 15);
        report.ratio("align.embedding-share", "not judged: alignment with every embedding known / alignment, 1,000 points "
                + "(1 minus this is the embedding's share)", "align.alignEmbedded.1000", "align.align.1000", "<=", 1);
        report.ratio("http.compare-304-vs-200", "not judged: HTTP requests/s, compare page revalidated (304) / served whole",
                "http.rps.compare-page-304", "http.rps.compare-page", ">=", 1);
        report.ratio("http.diff-vs-trivial", "HTTP requests/s, diff (28 points) / GET /actuator/health", "http.rps.diff",
                "http.rps.health", ">=", 0.5);
    }

    // ---- plumbing -------------------------------------------------------------------------------

    /** The benchmarks' own settings (see their annotations), or short ones with --quick. */
    private ChainedOptionsBuilder options(String include) {
        var options = new OptionsBuilder().include(include).shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(2).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        }
        return options;
    }

    private Collection<RunResult> jmh(String name, ChainedOptionsBuilder options) throws RunnerException {
        var built = options.resultFormat(ResultFormatType.JSON).result(out.resolve("jmh-" + name + ".json").toString()).build();
        Collection<RunResult> results;
        var waitUntil = Instant.now().plus(Duration.ofMinutes(60));
        while (true) {
            try {
                results = new Runner(built).run();
                break;
            } catch (RunnerException e) {
                // JMH holds a machine-wide lock while it runs: two benchmark runs at once would spoil each other's
                // figures, so wait for the other one to finish instead of failing or forcing the lock.
                if (String.valueOf(e.getMessage()).contains("JMH lock") && Instant.now().isBefore(waitUntil)) {
                    System.out.println("[bench] another JMH run holds the machine-wide lock; waiting for it to finish");
                    sleep(15_000);
                } else {
                    throw e;
                }
            }
        }
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH ran no benchmark for " + name);
        }
        return results.stream().sorted(Comparator.comparing((RunResult r) -> history(r))
                .thenComparing(r -> order(method(r)))
                .thenComparing(r -> order(String.valueOf(r.getParams().getParam("scenario"))))).toList();
    }

    /** Figures appear in this order in results.md: the cheaper case before the larger, ours before the baseline. */
    private static final List<String> ORDER = Stream.of(List.of("paired", "redline", "floor"), DiffScenarios.COMPARED,
            DiffScenarios.ADVERSARIAL, RECORD_METHODS, READ_METHODS).flatMap(List::stream).toList();

    private static int order(String name) {
        int at = ORDER.indexOf(name);
        return at < 0 ? ORDER.size() : at;
    }

    private static int history(RunResult result) {
        var history = result.getParams().getParam("history");
        return history == null ? 0 : Integer.parseInt(history);
    }

    private static String method(RunResult result) {
        var name = result.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The result's distribution in milliseconds. */
    private static Stats stats(RunResult result) {
        var primary = result.getPrimaryResult();
        var unit = primary.getScoreUnit();
        double scale = switch (unit.substring(0, unit.indexOf('/'))) {
            case "ns" -> 1e-6;
            case "us" -> 1e-3;
            case "ms" -> 1;
            case "s" -> 1000;
            default -> throw new IllegalStateException("unexpected JMH unit " + unit);
        };
        return Stats.of(primary.getStatistics(), scale);
    }

    private static void exec(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ", 4)[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (var path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
