package org.redline.version.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redline.version.PointView;
import org.redline.version.SearchTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search index (table point_term): for each document, which point keys ever held each word. One
 * portable table on H2 and PostgreSQL; a search reads the keys of its words, then only those keys' rows.
 * Maintained as versions are recorded: a point adds only the words its text has that its base's text of
 * the same key lacks, so a version that changes one word of one point writes one row.
 */
@Repository
public class PointTermIndex {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    PointTermIndex(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Indexes a new version's points: the words each key's text adds to what its text in the base had. */
    public void index(long documentId, List<PointView> points, List<PointView> basePoints) {
        var baseTexts = new HashMap<String, String>();
        basePoints.forEach(p -> baseTexts.put(p.key(), p.text()));
        var rows = new ArrayList<Object[]>();
        for (var point : points) {
            if (point.text() == null) {
                continue;
            }
            var base = baseTexts.get(point.key());
            if (point.text().equals(base)) {
                continue;
            }
            var words = SearchTerms.of(point.text());
            words.removeAll(SearchTerms.of(base));
            words.forEach(word -> rows.add(new Object[] {documentId, word, point.key()}));
        }
        insert(rows);
    }

    /** Writes index rows {document id, word, key}, in batches. */
    void insert(List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 1_000) {
            jdbc.batchUpdate("insert into point_term (document_id, term, point_key) values (?, ?, ?)",
                    rows.subList(i, Math.min(rows.size(), i + 1_000)));
        }
    }

    /**
     * The keys whose texts, in some version, held every word; the last word may be the start of a word
     * (what a reader is still typing). Empty when there is no word.
     */
    public Set<String> keysWithAll(long documentId, List<String> words) {
        Set<String> keys = null;
        for (int i = 0; i < words.size() && (keys == null || !keys.isEmpty()); i++) {
            var found = keysWith(documentId, words.get(i), i == words.size() - 1);
            if (keys == null) {
                keys = found;
            } else {
                keys.retainAll(found);
            }
        }
        return keys == null ? Set.of() : keys;
    }

    private Set<String> keysWith(long documentId, String word, boolean prefix) {
        var parameters = Map.<String, Object>of("document", documentId, "word", prefix ? like(word) + "%" : word);
        var condition = prefix ? "term like :word escape '\\'" : "term = :word";
        return new LinkedHashSet<>(named.queryForList("select distinct point_key from point_term where document_id = :document and "
                + condition, parameters, String.class));
    }

    /** The text as a LIKE pattern matching it literally, with a backslash as the escape character. */
    public static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
