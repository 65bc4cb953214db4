package org.redline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.redline.history.internal.ChangeFilter;
import org.redline.history.History;
import org.redline.history.RecordBench;
import org.redline.version.ExpectedLatest;
import org.redline.version.VersionRecording;
import org.redline.version.VersionTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a benchmark: one call of each measured operation on the benchmark database with H2's query
 * statistics on, written to target/bench/queries-&lt;history&gt;.md. Shows which SQL each operation runs,
 * how often and with how many rows, so a figure that grows with the history points at its query.
 */
final class QueryProfile {

    private QueryProfile() {
    }

    static void write(ConfigurableApplicationContext context, int history, Path file) throws IOException {
        var versions = context.getBean(VersionTimeline.class);
        var recording = context.getBean(VersionRecording.class);
        var log = context.getBean(History.class);
        var jdbc = context.getBean(JdbcClient.class);
        var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        var narrow = BenchDatabase.narrowChange(BenchDatabase.narrowAt(versions, history));
        var wide = BenchDatabase.wideChange(versions.get(BenchDatabase.SLUG, BenchDatabase.wideRef(history)));
        int size = org.redline.history.HistoryPairBench.PAGE_SIZE;
        int lastPage = (history - 1) / size;

        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("VersionRecording.record, 30 points, 1 change (rolled back)", () -> transaction.execute(status -> {
            status.setRollbackOnly();
            return recording.record(BenchDatabase.SLUG, narrow, ExpectedLatest.ANY, BenchDatabase.EDITOR);
        }));
        operations.put("VersionRecording.record, 1,000 points, 50 changes (rolled back)", () -> transaction.execute(status -> {
            status.setRollbackOnly();
            return recording.record(BenchDatabase.SLUG, wide, ExpectedLatest.ANY, BenchDatabase.EDITOR);
        }));
        operations.put("naive javers.commit of all 1,000 points (rolled back)", () -> transaction.execute(status -> {
            status.setRollbackOnly();
            return RecordBench.naiveCommit(context, history + 1, BenchDatabase.asPoints(wide));
        }));
        operations.put("VersionTimeline.overview, newest page (the timeline page)", () -> versions.overview(BenchDatabase.SLUG, null, size));
        operations.put("VersionTimeline.timeline, first page", () -> versions.timeline(BenchDatabase.SLUG, 0, size));
        operations.put("VersionTimeline.timeline, last page", () -> versions.timeline(BenchDatabase.SLUG, lastPage, size));
        operations.put("History.ofPoint(" + BenchDatabase.HISTORY_KEY + "), newest page",
                () -> log.ofPoint(BenchDatabase.SLUG, BenchDatabase.HISTORY_KEY, lastPage, size));
        operations.put("History.changes, first page", () -> log.changes(BenchDatabase.SLUG, ChangeFilter.NONE, 0, size));

        var md = new StringBuilder("# SQL per operation at " + history + " versions\n\n"
                + "One call of each operation after one unmeasured call, with H2's QUERY_STATISTICS on. Times are "
                + "H2's own (ms), noisy; the counts and rows are what matter.\n");
        jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 2000").update();
        for (var operation : operations.entrySet()) {
            operation.getValue().get();
            jdbc.sql("SET QUERY_STATISTICS FALSE").update();
            jdbc.sql("SET QUERY_STATISTICS TRUE").update();
            long start = System.nanoTime();
            operation.getValue().get();
            double wall = (System.nanoTime() - start) / 1e6;
            List<Map<String, Object>> rows = jdbc.sql("""
                    select sql_statement, execution_count, cumulative_execution_time, cumulative_row_count
                    from information_schema.query_statistics
                    where sql_statement not like 'SET QUERY_STATISTICS%'
                    and lower(sql_statement) not like '%information_schema.query_statistics%'
                    order by cumulative_execution_time desc""").query().listOfRows();
            jdbc.sql("SET QUERY_STATISTICS FALSE").update();
            long statements = rows.stream().mapToLong(r -> ((Number) r.get("EXECUTION_COUNT")).longValue()).sum();
            md.append(String.format(Locale.ROOT, "%n## %s%n%nWall time %.1f ms; %d SQL statements executed, %d distinct.%n%n",
                    operation.getKey(), wall, statements, rows.size()));
            md.append("| executions | rows | total ms | statement |\n|---:|---:|---:|---|\n");
            for (var row : rows.subList(0, Math.min(10, rows.size()))) {
                var sql = String.valueOf(row.get("SQL_STATEMENT")).replaceAll("\\s+", " ").replace("|", "\\|");
                md.append(String.format(Locale.ROOT, "| %d | %d | %.1f | `%s` |%n",
                        ((Number) row.get("EXECUTION_COUNT")).longValue(),
                        ((Number) row.get("CUMULATIVE_ROW_COUNT")).longValue(),
                        ((Number) row.get("CUMULATIVE_EXECUTION_TIME")).doubleValue(),
                        sql.length() > 1500 ? sql.substring(0, 1500) + "…" : sql));
            }
        }
        Files.writeString(file, md.toString());
    }
}
