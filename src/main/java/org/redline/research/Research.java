package org.redline.research;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redline.version.PointReads;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionLink;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Service;

/** Search: where a phrase appears in a document's points, in which versions, and where it went. */
@Service
public class Research {

    private static final int CONTEXT_CHARS = 60;

    private final VersionTimeline versions;
    private final PointReads pointReads;

    Research(VersionTimeline versions, PointReads pointReads) {
        this.versions = versions;
        this.pointReads = pointReads;
    }

    public SearchResult search(String document, String phrase, String category, PointStatus status) {
        // texts are stored in NFC: a query typed in another normal form (NFD from some keyboards) must find them
        var needle = java.text.Normalizer.normalize(phrase, java.text.Normalizer.Form.NFC).strip();
        var hits = pointReads.search(document, needle, category, status);
        var versionsWith = new java.util.TreeMap<Integer, VersionLink>();
        var byKey = new LinkedHashMap<String, List<SearchResult.Hit>>();
        var categories = new HashMap<String, String>();
        for (var hit : hits) {
            var link = hit.version().link();
            versionsWith.put(link.number(), link);
            categories.put(hit.point().key(), hit.point().category());
            byKey.computeIfAbsent(hit.point().key(), k -> new ArrayList<>()).add(hit(link, hit.point(), needle));
        }
        var disappeared = new ArrayList<VersionLink>();
        var pointHits = new ArrayList<SearchResult.PointHits>();
        if (!versionsWith.isEmpty()) {
            int first = versionsWith.firstKey();
            for (var version : versions.allWithPoints(document)) {
                if (version.summary().number() > first && !versionsWith.containsKey(version.summary().number())) {
                    disappeared.add(version.summary().link());
                }
            }
            for (var entry : byKey.entrySet()) {
                pointHits.add(new SearchResult.PointHits(entry.getKey(), categories.get(entry.getKey()), entry.getValue(),
                        gone(document, entry.getKey(), entry.getValue())));
            }
        }
        return new SearchResult(document, needle, List.copyOf(versionsWith.values()),
                versionsWith.isEmpty() ? null : versionsWith.firstEntry().getValue(),
                versionsWith.isEmpty() ? null : versionsWith.lastEntry().getValue(), disappeared, pointHits);
    }

    /** Versions after the point first had the phrase that state the point without it. */
    private List<VersionLink> gone(String document, String key, List<SearchResult.Hit> hits) {
        var with = hits.stream().map(h -> h.version().number()).collect(java.util.stream.Collectors.toSet());
        int first = hits.get(0).version().number();
        var gone = new ArrayList<VersionLink>();
        for (var row : pointReads.pointAcrossVersions(document, key)) {
            var number = row.version().number();
            if (number > first && row.point() != null && row.point().status() != PointStatus.UNKNOWN && !with.contains(number)) {
                gone.add(row.version().link());
            }
        }
        return gone;
    }

    private static SearchResult.Hit hit(VersionLink version, PointView point, String needle) {
        var text = point.text();
        var matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(needle),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
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
