package org.redline.version.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.redline.testing.TestDatabase;
import org.redline.version.SearchTerms;

/**
 * Migration V13 on a database that already holds versions (H2, or PostgreSQL with
 * {@code -Dredline.test.database=postgres}): brought to V12 (the last before it) by the real migrations, given rows as an
 * older release wrote them, then migrated, it indexes each word of each key's texts once.
 */
@Tag("database")
class SearchIndexMigrationTest {

    @Test
    void indexesTheRowsAlreadyRecorded() throws Exception {
        var url = TestDatabase.postgres() ? TestDatabase.createPostgresDatabase() : TestDatabase.h2FileUrl();
        var vendor = TestDatabase.postgres() ? "postgresql" : "h2";
        var flyway = Flyway.configure().dataSource(url, TestDatabase.username(), "")
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
        flyway.target("12").load().migrate();
        try (var connection = DriverManager.getConnection(url, TestDatabase.username(), "");
                var statement = connection.createStatement()) {
            statement.execute("insert into document (id, slug, title, created_at) values (7, 'old', 'Old', current_timestamp)");
            for (int n = 1; n <= 2; n++) {
                statement.execute("insert into version (id, document_id, number, label, status, partial, recorded_by, recorded_at,"
                        + " content_hash, added_count, removed_count, modified_count, renumbered_count, unchanged_count,"
                        + " unknown_count) values (" + (70 + n) + ", 7, " + n + ", 'v" + n + "', 'LEAKED', false, 'x',"
                        + " current_timestamp, 'h" + n + "', 0, 0, 0, 0, 0, 0)");
            }
            statement.execute("insert into version_point (version_id, point_key, position, text, status, listed) values"
                    + " (71, 'army', 0, 'Forces capped at 600,000.', 'AGREED', true),"
                    + " (72, 'army', 0, 'Forces CAPPED at 800,000 in peacetime.', 'AGREED', true),"
                    + " (72, 'amnesty', 1, 'Full amnesty for all.', 'AGREED', true),"
                    + " (72, 'gone', 2, null, 'REMOVED', true)");
        }

        flyway.javaMigrations(new SearchIndexMigration()).target("13").load().migrate();

        var rows = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(url, TestDatabase.username(), "");
                var result = connection.createStatement().executeQuery(
                        "select point_key, term from point_term where document_id = 7 order by point_key, term")) {
            while (result.next()) {
                rows.add(result.getString(1) + ":" + result.getString(2));
            }
        }
        assertThat(rows).containsExactly("amnesty:all", "amnesty:amnesty", "amnesty:for", "amnesty:full",
                "army:000", "army:600", "army:800", "army:at", "army:capped", "army:forces", "army:in", "army:peacetime");
    }

    @Test
    void aTextIsCutIntoFoldedWordsAtEveryCharacterThatIsNeitherLetterNorDigit() {
        assertThat(SearchTerms.words("Ukraine's 800,000 — ÉLECTIONS\u00a0within 100 days.")).containsExactly(
                "ukraine", "s", "800", "000", "élections", "within", "100", "days");
        // the same word typed decomposed (NFD) is the same term
        assertThat(SearchTerms.words("E\u0301lections")).isEqualTo(List.of("élections"));
        assertThat(SearchTerms.words("— … ,")).isEmpty();
        assertThat(SearchTerms.words("x".repeat(150)).get(0)).hasSize(SearchTerms.MAX_LENGTH);
    }
}
