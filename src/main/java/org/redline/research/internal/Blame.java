package org.redline.research.internal;

import java.util.List;
import java.util.Map;
import org.redline.version.PointStatus;
import org.redline.version.VersionSummary;

/**
 * For each point of a version, the version that introduced each of its current values, found along
 * the version's own line of descent (the versions it derives from), not the recording order.
 */
public record Blame(String document, VersionSummary version, List<PointBlame> points) {

    /**
     * @param known false when this version does not state the point (partial draft): the origins are
     *     then those of its last known state
     * @param fields for text, number, category, status, sourceRefs and note: where the value comes from
     */
    public record PointBlame(String key, String number, String category, PointStatus status, boolean known,
            Map<String, Origin> fields) {
    }
}
