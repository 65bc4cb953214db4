package org.redline.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.redline.document.Documents;
import org.redline.version.internal.PointTermIndex;
import org.redline.version.internal.Version;
import org.redline.version.internal.VersionPoints;
import org.redline.version.internal.VersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What one point (or every point) said across a document's versions: its rows, last texts, phrase search. */
@Service
public class PointReads {

    private final Documents documents;
    private final VersionRepository versions;
    private final VersionPoints points;
    private final PointTermIndex terms;

    PointReads(Documents documents, VersionRepository versions, VersionPoints points, PointTermIndex terms) {
        this.documents = documents;
        this.versions = versions;
        this.points = points;
        this.terms = terms;
    }

    /**
     * Points whose text contains a phrase (case-insensitive, NFC), oldest version first. The search index
     * names the keys that ever held every word of the phrase (the last word may be a word's start), and only
     * those keys' rows are read and checked for the phrase: the cost follows the matches, not the history.
     * A phrase with no word (letters or digits) finds nothing.
     */
    @Transactional(readOnly = true)
    public List<PointAcrossVersions> search(String slug, String phrase, String category, PointStatus status) {
        var document = documents.get(slug);
        var keys = terms.keysWithAll(document.id(), SearchTerms.words(phrase));
        if (keys.isEmpty()) {
            return List.of();
        }
        // the phrase, category and status are checked here on the keys' rows: few enough, as the index chose them
        var needle = phrase.toLowerCase(Locale.ROOT);
        var wanted = category == null ? null : category.toLowerCase(Locale.ROOT);
        var rows = new ArrayList<VersionPoints.Row>();
        for (var row : points.keysAcrossVersions(document.id(), keys)) {
            var point = row.point();
            if (point.text() != null && point.text().toLowerCase(Locale.ROOT).contains(needle)
                    && (wanted == null || point.category() != null && point.category().toLowerCase(Locale.ROOT).equals(wanted))
                    && (status == null || point.status() == status)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingInt(VersionPoints.Row::version).thenComparingInt(r -> r.point().position()));
        var summaries = new HashMap<Integer, VersionSummary>();
        if (!rows.isEmpty()) {
            versions.allOf(document.id()).forEach(v -> summaries.put(v.number(), v.summary()));
        }
        var result = new ArrayList<PointAcrossVersions>();
        for (var row : rows) {
            result.add(new PointAcrossVersions(summaries.get(row.version()), row.point()));
        }
        return result;
    }

    /** Several points' rows in every version that holds them, oldest version first. */
    @Transactional(readOnly = true)
    public java.util.Map<String, List<PointAcrossVersions>> pointsAcrossVersions(String slug, java.util.Collection<String> keys) {
        var document = documents.get(slug);
        var summaries = new HashMap<Integer, VersionSummary>();
        if (!keys.isEmpty()) {
            versions.allOf(document.id()).forEach(v -> summaries.put(v.number(), v.summary()));
        }
        var byKey = new java.util.LinkedHashMap<String, List<PointAcrossVersions>>();
        var rows = new ArrayList<>(points.keysAcrossVersions(document.id(), keys));
        rows.sort(Comparator.comparingInt(VersionPoints.Row::version));
        for (var row : rows) {
            byKey.computeIfAbsent(row.point().key(), k -> new ArrayList<>())
                    .add(new PointAcrossVersions(summaries.get(row.version()), row.point()));
        }
        return byKey;
    }

    /**
     * The point's row in versions first..last (null where a version lacks it), and its rows in the
     * versions those derive from, so each can be compared with its parent; empty when the document
     * never held the key. Costs what the page costs, however long the history.
     */
    @Transactional(readOnly = true)
    public PointRows pointInVersions(String slug, String key, int first, int last) {
        var document = documents.get(slug);
        if (!points.anyOf(document.id(), key)) {
            return new PointRows(false, List.of(), java.util.Map.of());
        }
        var rows = new HashMap<Integer, PointView>();
        for (var row : points.keyInVersions(document.id(), key, first, last)) {
            rows.put(row.version(), row.point());
        }
        var result = new ArrayList<PointAcrossVersions>();
        var parents = new java.util.HashSet<Integer>();
        for (var version : versions.numbered(document.id(), first, last)) {
            var summary = version.summary();
            result.add(new PointAcrossVersions(summary, rows.get(summary.number())));
            if (summary.derivedFrom() != null) {
                parents.add(summary.derivedFrom().number());
            }
        }
        var parentRows = new HashMap<Integer, PointView>(rows);
        parents.removeIf(n -> n >= first && n <= last);
        if (!parents.isEmpty()) {
            for (var row : points.keyInVersions(document.id(), key, parents)) {
                parentRows.put(row.version(), row.point());
            }
        }
        return new PointRows(true, result, parentRows);
    }

    /**
     * The text each key last had in a version numbered below {@code before}: what a partial version's
     * unknown points are still known to say. One query, whatever the number of keys or versions.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> lastTexts(String slug, java.util.Collection<String> keys, int before) {
        var document = documents.get(slug);
        return points.lastTexts(document.id(), keys, before);
    }

    /** The point's row in every version of the document, oldest first; empty rows where a version lacks it. */
    @Transactional(readOnly = true)
    public List<PointAcrossVersions> pointAcrossVersions(String slug, String key) {
        var document = documents.get(slug);
        var rows = new HashMap<Integer, PointView>();
        for (var row : points.keyAcrossVersions(document.id(), key)) {
            rows.put(row.version(), row.point());
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        var result = new ArrayList<PointAcrossVersions>();
        for (var version : versions.allOf(document.id())) {
            result.add(new PointAcrossVersions(version.summary(), rows.get(version.number())));
        }
        return result;
    }

    /**
     * What a point's lineage needs and nothing more: every version's summary (oldest first), the
     * point's row in each, and the rows of other points that absorbed it or split off it.
     */
    @Transactional(readOnly = true)
    public LineageRows lineageRows(String slug, String key) {
        var document = documents.get(slug);
        var own = new HashMap<Integer, PointView>();
        points.keyAcrossVersions(document.id(), key).forEach(row -> own.put(row.version(), row.point()));
        var naming = new HashMap<Integer, List<PointView>>();
        for (var row : points.namingInLineage(document.id(), key)) {
            if (key.equals(row.point().splitFrom()) || row.point().mergedFrom().contains(key)) {
                naming.computeIfAbsent(row.version(), n -> new ArrayList<>()).add(row.point());
            }
        }
        var summaries = versions.allOf(document.id()).stream().map(Version::summary).toList();
        return new LineageRows(summaries, own, naming);
    }

    /**
     * The state each key was last stated in (any row but unknown), in recording order: what the audit
     * log must hold as each point's latest state.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, PointView> lastStatedPoints(String slug) {
        var document = documents.get(slug);
        var last = new java.util.HashMap<String, PointView>();
        var all = versions.allOf(document.id());
        var pointsByVersion = points.of(all.stream().map(Version::id).toList());
        for (var version : all) {
            for (var point : pointsByVersion.getOrDefault(version.id(), List.of())) {
                if (point.status() != PointStatus.UNKNOWN) {
                    last.put(point.key(), point);
                }
            }
        }
        return last;
    }
}
