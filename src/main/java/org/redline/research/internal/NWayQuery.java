package org.redline.research.internal;

import java.util.ArrayList;
import java.util.List;
import org.redline.diff.Diffs;
import org.redline.diff.TextDiff;
import org.redline.history.PointNotFound;
import org.redline.version.PointView;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Service;

/** One point side by side in the versions a reader chose, each column diffed with the one before. */
@Service
public class NWayQuery {

    private final VersionTimeline versions;
    private final Diffs diffs;

    NWayQuery(VersionTimeline versions, Diffs diffs) {
        this.versions = versions;
        this.diffs = diffs;
    }

    public NWay nWay(String document, String key, List<String> versionIds) {
        var columns = new ArrayList<NWay.Column>();
        PointView previous = null;
        for (var id : versionIds) {
            var version = versions.get(document, id);
            var point = version.points().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
            TextDiff diff = previous == null || point == null ? new TextDiff(List.of(), false)
                    : diffs.text(previous.text(), point.text());
            columns.add(new NWay.Column(version.summary(), point, diff));
            if (point != null && point.text() != null) {
                previous = point;
            }
        }
        if (columns.stream().allMatch(c -> c.point() == null)) {
            throw new PointNotFound(document, key);
        }
        return new NWay(document, key, columns);
    }
}
