package org.redline.research.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.redline.version.PointAcrossVersions;
import org.redline.version.PointReads;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionLink;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a phrase appears across a document's versions, from the search index: the versions that hold
 * it, where it first and last appeared and where it disappeared, and a page of the points that hold it
 * with each appearance in context. Reads the matching rows and the version list, never every point of
 * every version; only the page's points are followed through the versions where the phrase is gone.
 */
@Service
public class SearchQuery {

    private static final int CONTEXT_CHARS = 60;

    private final VersionTimeline versions;
    private final PointReads pointReads;

    SearchQuery(VersionTimeline versions, PointReads pointReads) {
        this.versions = versions;
        this.pointReads = pointReads;
    }

    /** @param page the page of points (from 0), {@code size} points each, in order of first appearance */
    @Transactional(readOnly = true)
    public SearchResult search(String document, String phrase, String category, PointStatus status, int page, int size) {
        // texts are stored in NFC: a query typed in another normal form (NFD from some keyboards) must find them
        var needle = Normalizer.normalize(phrase, Normalizer.Form.NFC).strip();
        var versionsWith = new TreeMap<Integer, VersionLink>();
        var byKey = new LinkedHashMap<String, List<PointAcrossVersions>>();
        for (var hit : pointReads.search(document, needle, category, status)) {
            var link = hit.version().link();
            versionsWith.put(link.number(), link);
            byKey.computeIfAbsent(hit.point().key(), k -> new ArrayList<>()).add(hit);
        }
        var disappeared = new ArrayList<VersionLink>();
        if (!versionsWith.isEmpty()) {
            int first = versionsWith.firstKey();
            for (var version : versions.all(document)) {
                if (version.number() > first && !versionsWith.containsKey(version.number())) {
                    disappeared.add(version.link());
                }
            }
        }
        var keys = new ArrayList<>(byKey.keySet());
        long from = (long) page * size;
        var shown = from >= keys.size() ? List.<String>of() : keys.subList((int) from, (int) Math.min(keys.size(), from + size));
        var across = pointReads.pointsAcrossVersions(document, shown);
        var matcher = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        var pointHits = new ArrayList<SearchResult.PointHits>();
        for (var key : shown) {
            var points = byKey.get(key);
            var hits = points.stream().map(p -> hit(p.version().link(), p.point(), matcher)).toList();
            pointHits.add(new SearchResult.PointHits(key, points.get(points.size() - 1).point().category(), hits,
                    gone(hits, across.getOrDefault(key, List.of()))));
        }
        return new SearchResult(document, needle, List.copyOf(versionsWith.values()),
                versionsWith.isEmpty() ? null : versionsWith.firstEntry().getValue(),
                versionsWith.isEmpty() ? null : versionsWith.lastEntry().getValue(), disappeared, pointHits,
                page, size, keys.size(), (int) Math.max(1, (keys.size() + (long) size - 1) / size));
    }

    /** Versions after the point first had the phrase that state the point without it. */
    private static List<VersionLink> gone(List<SearchResult.Hit> hits, List<PointAcrossVersions> rows) {
        var with = hits.stream().map(h -> h.version().number()).collect(java.util.stream.Collectors.toSet());
        int first = hits.get(0).version().number();
        var gone = new ArrayList<VersionLink>();
        for (var row : rows) {
            var number = row.version().number();
            if (number > first && row.point() != null && row.point().status() != PointStatus.UNKNOWN && !with.contains(number)) {
                gone.add(row.version().link());
            }
        }
        return gone;
    }

    private static SearchResult.Hit hit(VersionLink version, PointView point, Pattern needle) {
        var text = point.text();
        var matcher = needle.matcher(text);
        if (!matcher.find()) {
            return new SearchResult.Hit(version, point.number(), point.status().code(), "", text, "");
        }
        int at = matcher.start();
        int end = matcher.end();
        var before = text.substring(Math.max(0, at - CONTEXT_CHARS), at);
        var after = text.substring(end, Math.min(text.length(), end + CONTEXT_CHARS));
        return new SearchResult.Hit(version, point.number(), point.status().code(),
                (at > CONTEXT_CHARS ? "…" : "") + before, text.substring(at, end),
                after + (end + CONTEXT_CHARS < text.length() ? "…" : ""));
    }
}
