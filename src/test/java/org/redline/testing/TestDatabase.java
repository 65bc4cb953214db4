package org.redline.testing;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The database integration tests run against: a fresh H2 file database under target/ by default, or a
 * fresh database on the machine's PostgreSQL server when {@code -Dredline.test.database=postgres}
 * (what {@code make test} adds when the server answers). Never the database {@code make run} uses.
 */
public final class TestDatabase {

    public static final String POSTGRES_SERVER = System.getProperty("redline.test.postgres-url", "jdbc:postgresql://127.0.0.1:5432/");
    private static String url;

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("redline.test.database"));
    }

    /** One database per test JVM; created on first use. */
    public static synchronized String url() {
        if (url == null) {
            url = postgres() ? createPostgresDatabase() : h2FileUrl();
        }
        return url;
    }

    public static String username() {
        return postgres() ? "postgres" : "sa";
    }

    public static String h2FileUrl() {
        var dir = Path.of("target", "test-db", UUID.randomUUID().toString()).toAbsolutePath();
        return "jdbc:h2:file:" + dir.resolve("redline") + ";WRITE_DELAY=0";
    }

    public static String createPostgresDatabase() {
        var name = "redline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests asked for, but the server at " + POSTGRES_SERVER + " refused: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropPostgresDatabase(name)));
        return POSTGRES_SERVER + name;
    }

    private static void dropPostgresDatabase(String name) {
        try (var connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException ignored) {
            // best effort: a leftover test database is harmless and named as such
        }
    }
}
