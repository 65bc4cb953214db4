package org.redline.version.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The points each version holds, in table version_point, by plain SQL. Rows are written once, in one
 * batch per version, and never change: an entity per row cost more to manage than the row cost to
 * write, and reads want values ({@link PointView}), not managed objects.
 */
@Repository
public class VersionPoints {

    private static final String COLUMNS = "p.point_key, p.number, p.category, p.text, p.status, p.listed, p.source_refs,"
            + " p.note, p.position, p.merged_from, p.split_from";
    /** The rows of a document's numbered versions: a staged version (number null) is no version yet. */
    private static final String OF_DOCUMENT = " from version_point p join version v on v.id = p.version_id"
            + " where v.document_id = :document and v.number is not null";

    /** A point with the number of the version that holds it. */
    public record Row(int version, PointView point) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    VersionPoints(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void insert(long versionId, List<PointView> points) {
        jdbc.batchUpdate("""
                insert into version_point (version_id, point_key, position, number, category, text, status, listed,
                                           source_refs, note, merged_from, split_from)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", points, 500, (statement, point) -> bind(statement, versionId, point));
    }

    /**
     * Rewrites a staged version's points from {@code before} to {@code after}, touching only the rows that
     * differ (a rebase moves a staged version onto a base a few points newer: its cost is that change).
     */
    public void replace(long versionId, List<PointView> before, List<PointView> after) {
        var old = new HashMap<String, PointView>();
        before.forEach(p -> old.put(p.key(), p));
        var inserts = new ArrayList<PointView>();
        var deletes = new ArrayList<Object[]>();
        for (var point : after) {
            var was = old.remove(point.key());
            if (!point.equals(was)) {
                inserts.add(point);
                if (was != null) {
                    deletes.add(new Object[] {versionId, point.key()});
                }
            }
        }
        old.keySet().forEach(key -> deletes.add(new Object[] {versionId, key}));
        jdbc.batchUpdate("delete from version_point where version_id = ? and point_key = ?", deletes);
        insert(versionId, inserts);
    }

    /** A version's points in their order. */
    public List<PointView> of(long versionId) {
        return named.query("select " + COLUMNS + " from version_point p where p.version_id = :version order by p.position",
                Map.of("version", versionId), (rs, n) -> point(rs));
    }

    /** Points {@code offset} to {@code offset + limit - 1} of a version, in its order. */
    public List<PointView> of(long versionId, long offset, int limit) {
        return named.query("select " + COLUMNS + " from version_point p where p.version_id = :version order by p.position"
                + " offset :offset rows fetch next :limit rows only",
                Map.of("version", versionId, "offset", offset, "limit", limit), (rs, n) -> point(rs));
    }

    /** How many points a version holds. */
    public int count(long versionId) {
        return named.queryForObject("select count(*) from version_point where version_id = :version",
                Map.of("version", versionId), Integer.class);
    }

    /** The points of several versions, each list in its version's order. */
    public Map<Long, List<PointView>> of(Collection<Long> versionIds) {
        var byVersion = new HashMap<Long, List<PointView>>();
        for (var chunk : chunks(versionIds)) {
            named.query("select p.version_id, " + COLUMNS + " from version_point p where p.version_id in (:versions)"
                    + " order by p.version_id, p.position", Map.of("versions", chunk),
                    rs -> {
                        byVersion.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(point(rs, 1));
                    });
        }
        return byVersion;
    }

    public boolean anyOf(long documentId, String key) {
        return !named.queryForList("select 1" + OF_DOCUMENT + " and p.point_key = :key fetch first 1 rows only",
                Map.of("document", documentId, "key", key), Integer.class).isEmpty();
    }

    /** One key's rows in every version of a document, oldest first. */
    public List<Row> keyAcrossVersions(long documentId, String key) {
        return rows(" and p.point_key = :key order by v.number", Map.of("document", documentId, "key", key));
    }

    /** One key's rows in the versions numbered first..last. */
    public List<Row> keyInVersions(long documentId, String key, int first, int last) {
        return rows(" and p.point_key = :key and v.number between :first and :last order by v.number",
                Map.of("document", documentId, "key", key, "first", first, "last", last));
    }

    /** One key's rows in the given versions. */
    public List<Row> keyInVersions(long documentId, String key, Collection<Integer> numbers) {
        return rows(" and p.point_key = :key and v.number in (:numbers) order by v.number",
                Map.of("document", documentId, "key", key, "numbers", numbers));
    }

    /**
     * The rows of other points that name a key in their lineage (absorbed it or split off it), oldest
     * version first. The LIKE only narrows the rows: a caller checks the exact key in {@code mergedFrom}.
     */
    public List<Row> namingInLineage(long documentId, String key) {
        var pattern = "%" + PointTermIndex.like(key) + "%";
        return rows(" and p.point_key <> :key and (p.split_from = :key or p.merged_from like :pattern escape '\\')"
                + " order by v.number, p.position", Map.of("document", documentId, "key", key, "pattern", pattern));
    }

    /**
     * For each key, its text in the latest version numbered below {@code before} that states one. The keys go
     * as one array joined to the key index, as in {@link #keysAcrossVersions}: IN lists of 500 keys in a
     * grouped subquery made H2 compare every row of the document against each list (a partial version of
     * 20,000 points: minutes to align a one-point draft against it).
     */
    public Map<String, String> lastTexts(long documentId, Collection<String> keys, int before) {
        var texts = new HashMap<String, String>();
        if (keys.isEmpty()) {
            return texts;
        }
        var numbers = new HashMap<String, Integer>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select p.point_key, v.number, p.text from unnest(?) as wanted(point_key)"
                    + " join version_point p on p.point_key = wanted.point_key join version v on v.id = p.version_id"
                    + " where v.document_id = ? and v.number is not null and v.number < ? and p.text is not null");
            statement.setArray(1, connection.createArrayOf("VARCHAR", keys.toArray()));
            statement.setLong(2, documentId);
            statement.setInt(3, before);
            return statement;
        }, rs -> {
            var key = rs.getString(1);
            int number = rs.getInt(2);
            if (numbers.getOrDefault(key, Integer.MIN_VALUE) < number) {
                numbers.put(key, number);
                texts.put(key, rs.getString(3));
            }
        });
        return texts;
    }

    /**
     * Several keys' rows in every version of a document, in no particular order. The keys go as one array,
     * unnested and joined to the key index, so each key costs one index probe: an IN list of parameters
     * (or {@code = any(?)}) made H2 test every row it read against the whole list, and a search naming
     * 4,600 keys took seconds in those comparisons alone.
     */
    public List<Row> keysAcrossVersions(long documentId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("select v.number, " + COLUMNS + " from unnest(?) as wanted(point_key)"
                    + " join version_point p on p.point_key = wanted.point_key join version v on v.id = p.version_id"
                    + " where v.document_id = ? and v.number is not null");
            statement.setArray(1, connection.createArrayOf("VARCHAR", keys.toArray()));
            statement.setLong(2, documentId);
            return statement;
        }, (rs, n) -> new Row(rs.getInt(1), point(rs, 1)));
    }

    /** How many points each version numbered first..last holds in each status: [number][status ordinal]. */
    public Map<Integer, int[]> statusCounts(long documentId, int first, int last) {
        var tallies = new HashMap<Integer, int[]>();
        named.query("select v.number, p.status, count(*)" + OF_DOCUMENT
                + " and v.number between :first and :last group by v.number, p.status",
                Map.of("document", documentId, "first", first, "last", last),
                rs -> {
                    tallies.computeIfAbsent(rs.getInt(1), n -> new int[PointStatus.values().length])
                            [PointStatus.valueOf(rs.getString(2)).ordinal()] = rs.getInt(3);
                });
        return tallies;
    }

    private List<Row> rows(String condition, Map<String, ?> parameters) {
        return named.query("select v.number, " + COLUMNS + OF_DOCUMENT + condition, parameters,
                (rs, n) -> new Row(rs.getInt(1), point(rs, 1)));
    }

    private static PointView point(ResultSet rs) throws SQLException {
        return point(rs, 0);
    }

    /** The point in the columns after the first {@code skip}. */
    private static PointView point(ResultSet rs, int skip) throws SQLException {
        return new PointView(rs.getString(skip + 1), rs.getString(skip + 2), rs.getString(skip + 3), rs.getString(skip + 4),
                PointStatus.valueOf(rs.getString(skip + 5)), rs.getBoolean(skip + 6), lines(rs.getString(skip + 7)),
                rs.getString(skip + 8), rs.getInt(skip + 9), lines(rs.getString(skip + 10)), rs.getString(skip + 11));
    }

    private static void bind(PreparedStatement statement, long versionId, PointView point) throws SQLException {
        statement.setLong(1, versionId);
        statement.setString(2, point.key());
        statement.setInt(3, point.position());
        statement.setString(4, point.number());
        statement.setString(5, point.category());
        statement.setString(6, point.text());
        statement.setString(7, point.status().name());
        statement.setBoolean(8, point.listed());
        setLines(statement, 9, point.sourceRefs());
        statement.setString(10, point.note());
        setLines(statement, 11, point.mergedFrom());
        statement.setString(12, point.splitFrom());
    }

    /** Lists of URLs or keys in one column, one per line: neither ever contains a line break. */
    private static void setLines(PreparedStatement statement, int index, List<String> values) throws SQLException {
        if (values.isEmpty()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, String.join("\n", values));
        }
    }

    private static List<String> lines(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split("\n"));
    }

    /** IN lists stay below every database's parameter limit. */
    private static <T> List<List<T>> chunks(Collection<T> ids) {
        var all = List.copyOf(ids);
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
