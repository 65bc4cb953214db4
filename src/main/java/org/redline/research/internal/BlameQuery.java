package org.redline.research.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.redline.version.PointStatus;
import org.redline.version.PointView;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.springframework.stereotype.Service;

/** Where each value of a version's points comes from: the version's line of descent, and nothing else. */
@Service
public class BlameQuery {

    private static final Map<String, Function<PointView, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("text", PointView::text);
        FIELDS.put("number", PointView::number);
        FIELDS.put("category", PointView::category);
        FIELDS.put("status", PointView::status);
        FIELDS.put("sourceRefs", PointView::sourceRefs);
        FIELDS.put("note", PointView::note);
    }

    private final VersionTimeline versions;

    BlameQuery(VersionTimeline versions) {
        this.versions = versions;
    }

    /**
     * Walks back along the version's line of descent: a value's origin is the oldest ancestor from which
     * it has stayed the same. Versions that do not state the point (partial drafts) are looked through.
     */
    public Blame blame(String document, String versionId) {
        var chain = versions.ancestry(document, versionId);
        var rowsByVersion = chain.stream().map(BlameQuery::byKey).toList();
        var target = chain.get(0);
        var points = new ArrayList<Blame.PointBlame>();
        for (var point : target.points()) {
            int stateAt = 0;
            while (stateAt < chain.size() && (rowsByVersion.get(stateAt).get(point.key()) == null
                    || rowsByVersion.get(stateAt).get(point.key()).status() == PointStatus.UNKNOWN)) {
                stateAt++;
            }
            if (stateAt == chain.size()) {
                continue;
            }
            var state = rowsByVersion.get(stateAt).get(point.key());
            var fields = new LinkedHashMap<String, Origin>();
            for (var field : FIELDS.entrySet()) {
                int origin = stateAt;
                for (int i = stateAt + 1; i < chain.size(); i++) {
                    var earlier = rowsByVersion.get(i).get(point.key());
                    if (earlier == null) {
                        break;
                    }
                    if (earlier.status() == PointStatus.UNKNOWN) {
                        continue;
                    }
                    if (!Objects.equals(field.getValue().apply(earlier), field.getValue().apply(state))) {
                        break;
                    }
                    origin = i;
                }
                fields.put(field.getKey(), Origin.of(chain.get(origin).summary()));
            }
            points.add(new Blame.PointBlame(point.key(), state.number(), state.category(), state.status(),
                    stateAt == 0, fields));
        }
        return new Blame(document, target.summary(), points);
    }

    private static Map<String, PointView> byKey(VersionView version) {
        var map = new HashMap<String, PointView>();
        version.points().forEach(p -> map.put(p.key(), p));
        return map;
    }
}
