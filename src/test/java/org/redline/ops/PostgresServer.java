package org.redline.ops;

import java.sql.DriverManager;
import org.redline.testing.TestDatabase;

/** Whether the machine's PostgreSQL answers; the process tests that need it run only then. */
final class PostgresServer {

    private PostgresServer() {
    }

    static boolean reachable() {
        try (var connection = DriverManager.getConnection(TestDatabase.POSTGRES_SERVER + "postgres", "postgres", "")) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
