package org.redline.version.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.redline.version.SearchTerms;
import org.springframework.stereotype.Component;

/**
 * Migration V13 (issue 13): the search index, table point_term, filled from every version already
 * recorded. A Java migration (a bean Flyway picks up) because the words are cut by {@link SearchTerms},
 * the same code that indexes new versions and reads queries, which SQL could not do alike on H2 and
 * PostgreSQL. The one difference between the two is the index's operator class: PostgreSQL serves a
 * prefix {@code like} from a b-tree only with {@code varchar_pattern_ops} when its collation is not C.
 */
@Component
class SearchIndexMigration implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "search terms";
    }

    @Override
    public Integer getChecksum() {
        return 13;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create table point_term (
                        document_id bigint       not null references document (id),
                        term        varchar(100) not null,
                        point_key   varchar(150) not null
                    )""");
            statement.execute("create index point_term_idx on point_term (document_id, term"
                    + (postgres ? " varchar_pattern_ops" : "") + ", point_key)");
        }
        fill(connection);
    }

    /** Indexes every key's texts in every version: each word once per document and key. */
    private static void fill(Connection connection) throws SQLException {
        try (var read = connection.prepareStatement("""
                select v.document_id, p.point_key, p.text from version_point p join version v on v.id = p.version_id
                where p.text is not null order by v.document_id, p.point_key""");
                var write = connection.prepareStatement("insert into point_term (document_id, term, point_key) values (?, ?, ?)")) {
            read.setFetchSize(1_000);
            long document = -1;
            String key = null;
            var seen = new HashSet<String>();
            int pending = 0;
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(1) != document || !rows.getString(2).equals(key)) {
                        document = rows.getLong(1);
                        key = rows.getString(2);
                        seen.clear();
                    }
                    for (var word : SearchTerms.of(rows.getString(3))) {
                        if (seen.add(word)) {
                            write.setLong(1, document);
                            write.setString(2, word);
                            write.setString(3, key);
                            write.addBatch();
                            if (++pending == BATCH) {
                                write.executeBatch();
                                pending = 0;
                            }
                        }
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
