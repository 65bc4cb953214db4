package org.redline.document;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bounds how long a transaction's statements wait for a row lock, the same on both databases: H2's
 * session LOCK_TIMEOUT (its default of one or two seconds is too short) and PostgreSQL's
 * transaction-local lock_timeout (its default waits forever).
 */
@Component
public class LockTimeout {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    LockTimeout(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    /** Bounds the wait of the statements that follow in this transaction (H2: on this connection). */
    public void bound(Duration wait) {
        jdbc.execute(postgres ? "set local lock_timeout = '" + wait.toMillis() + "ms'" : "set lock_timeout " + wait.toMillis());
    }
}
