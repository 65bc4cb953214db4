package org.redline.research.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.redline.version.PointStatus;
import org.redline.version.VersionLink;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.springframework.stereotype.Service;

/**
 * Points dropped and not restored, and points that came back after being dropped. The answer spans
 * every version by nature, so it reads every version's points once, in order.
 */
@Service
public class DroppedAndReturnedQuery {

    private final VersionTimeline versions;

    DroppedAndReturnedQuery(VersionTimeline versions) {
        this.versions = versions;
    }

    public DroppedAndReturned droppedAndReturned(String document) {
        var lastLive = new HashMap<String, VersionLink>();
        var droppedIn = new HashMap<String, VersionLink>();
        var categories = new HashMap<String, String>();
        var returned = new ArrayList<DroppedAndReturned.Returned>();
        for (VersionView version : versions.allWithPoints(document)) {
            var link = version.summary().link();
            for (var point : version.points()) {
                if (point.category() != null) {
                    categories.put(point.key(), point.category());
                }
                if (point.status().live()) {
                    var dropped = droppedIn.remove(point.key());
                    if (dropped != null) {
                        returned.add(new DroppedAndReturned.Returned(point.key(), categories.get(point.key()), dropped, link));
                    }
                    lastLive.put(point.key(), link);
                } else if (point.status() == PointStatus.REMOVED && lastLive.containsKey(point.key())
                        && !droppedIn.containsKey(point.key())) {
                    droppedIn.put(point.key(), link);
                }
            }
        }
        var dropped = droppedIn.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.number(), b.number())))
                .map(e -> new DroppedAndReturned.Dropped(e.getKey(), categories.get(e.getKey()), e.getValue(),
                        lastLive.get(e.getKey())))
                .toList();
        return new DroppedAndReturned(document, dropped, returned);
    }
}
