package org.redline.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar extracted ({@code java -Djarmode=tools -jar ... extract}) with a class-data-sharing archive of
 * its start (AppCDS, Spring Boot's documented recipe), so the ITs' dozen starts skip loading, parsing and verifying
 * the same classes each time. Made here, once per build of the jar, under target/cds/: nothing is committed, a fresh
 * clone makes it on its first IT run. Measured in docs/testing.md: a start on fixtures 29 s of CPU from the
 * nested jar, 23 s extracted, 13 s extracted with the archive.
 */
final class StartArchive {

    static final Path DIR = Path.of("target", "cds").toAbsolutePath();
    private static final Path EXTRACTED = DIR.resolve(AppProcess.JAR.getFileName());
    private static final Path ARCHIVE = DIR.resolve("redline.jsa");
    /** Which jar the archive was made from (size and time): a rebuilt jar gets a new one. */
    private static final Path MADE_FROM = DIR.resolve("made-from");
    private static final long TRAINING_WAIT_SECONDS = 600;

    private StartArchive() {
    }

    /** The command line's part that runs the extracted jar on the archive (made first if missing or stale). */
    static synchronized List<String> launch() throws IOException, InterruptedException {
        var jar = AppProcess.JAR.toAbsolutePath();
        var stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        if (!Files.exists(ARCHIVE) || !Files.exists(MADE_FROM) || !Files.readString(MADE_FROM).equals(stamp)) {
            make(jar);
            Files.writeString(MADE_FROM, stamp);
        }
        return List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-jar", EXTRACTED.toString());
    }

    private static void make(Path jar) throws IOException, InterruptedException {
        deleteTree(DIR);
        run("extract", List.of(AppProcess.javaBin(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", DIR.toString()));
        // The training run: the same JVM options as the real starts (an archive is refused under other heap settings),
        // on a scratch H2 database, stopping once the context has refreshed (Flyway, Hibernate, Javers, Tomcat loaded).
        var training = new ArrayList<>(List.of(AppProcess.javaBin()));
        training.addAll(AppProcess.JVM_OPTIONS);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + ARCHIVE, "-Dspring.context.exit=onRefresh", "-jar", EXTRACTED.toString(),
                "--server.port=0", "--logging.level.root=WARN", "--redline.data-dir=" + DIR.resolve("training-data")));
        run("training", training);
        if (!Files.exists(ARCHIVE)) {
            throw new IllegalStateException("the training run wrote no archive at " + ARCHIVE);
        }
    }

    private static void run(String step, List<String> command) throws IOException, InterruptedException {
        var log = Path.of("target", "ops-logs", "start-archive-" + step + ".log");
        Files.createDirectories(log.getParent());
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TRAINING_WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(step + " did not finish in " + TRAINING_WAIT_SECONDS + " s:\n" + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(step + " exited with " + process.exitValue() + ":\n" + Files.readString(log));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
