package org.redline.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged service as a real process, started and killed like an operator would. */
final class AppProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "redline-0.1.0-SNAPSHOT.jar");
    static final List<String> EDITOR_ACCOUNT = List.of(
            "--redline.accounts[0].name=ops-editor",
            // bcrypt at its lowest cost, as in application-test.properties: every Basic request checks it
            "--redline.accounts[0].password={bcrypt}$2a$04$zzCHLabWloosLJfhCibb5.RY6rp1QBq3z/mxWBxI3CQ2YX1ikXbuq",
            "--redline.accounts[0].role=editor");
    static final String EDITOR_PASSWORD = "test-editor";
    private static final long START_WAIT_SECONDS = 600;
    /**
     * The JIT's first tier only: these processes live seconds to a minute, too short for C2's compilations to pay
     * back. Starting the jar on fixtures took 29 s of CPU instead of 48-55 s (issue 16, docs/testing.md).
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    final int port;
    private final Process process;
    private final Path log;

    private AppProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The service from the extracted jar and its class-data archive ({@link StartArchive}): what most starts use. */
    static AppProcess start(String name, List<String> databaseArgs) throws IOException, InterruptedException {
        return start(name, StartArchive.launch(), databaseArgs);
    }

    /**
     * The service as {@code make run} starts it, {@code java -jar} on the packaged jar (classes and resources read
     * from nested jars): at least one start per run goes this way, so the jar itself stays tested.
     */
    static AppProcess startPackagedJar(String name, List<String> databaseArgs) throws IOException, InterruptedException {
        return start(name, List.of("-jar", JAR.toString()), databaseArgs);
    }

    private static AppProcess start(String name, List<String> launch, List<String> databaseArgs) throws IOException, InterruptedException {
        int port = freePort();
        var command = new ArrayList<>(List.of(javaBin()));
        command.addAll(JVM_OPTIONS);
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--logging.level.root=WARN"));
        command.addAll(databaseArgs);
        command.addAll(EDITOR_ACCOUNT);
        var log = Path.of("target", "ops-logs", name + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var app = new AppProcess(port, process, log);
        app.awaitHealthy(log);
        return app;
    }

    /** Runs {@code make check-data}'s command against the same database; returns its exit code and output. */
    static CheckDataResult checkData(List<String> databaseArgs) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(javaBin()));
        command.addAll(JVM_OPTIONS);
        command.addAll(StartArchive.launch());
        command.addAll(List.of("--redline.check-data=true",
                "--spring.main.web-application-type=none", "--redline.fixtures.load=false", "--logging.level.root=WARN"));
        command.addAll(databaseArgs);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("check-data did not finish: " + output);
        }
        return new CheckDataResult(process.exitValue(), output);
    }

    record CheckDataResult(int exitCode, String output) {
    }

    /** What the service has logged so far (warnings and errors). */
    String log() throws IOException {
        return Files.readString(log);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitHealthy(Path log) throws InterruptedException, IOException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // Synchronisation only, nothing asserted about time: make test starts these beside both Surefire runs, and
        // three starts at once on a busy 2-core machine took over 120 s each (issue 16).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited while starting:\n" + Files.readString(log));
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("the service did not become healthy in " + START_WAIT_SECONDS + " s:\n" + Files.readString(log));
    }

    /** Ports handed out in this JVM: the ITs start processes side by side, and a port is free until one binds it. */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static int freePort() throws IOException {
        while (true) {
            try (var socket = new ServerSocket(0)) {
                if (GIVEN.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
