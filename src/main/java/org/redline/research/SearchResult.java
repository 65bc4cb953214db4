package org.redline.research;

import java.util.List;
import org.redline.version.VersionLink;

/**
 * Where a phrase appears across a document's versions.
 *
 * @param versions the versions whose text contains it, oldest first
 * @param disappearedIn versions after its first appearance that state no point containing it
 * @param points per point: where it appears and where it stops appearing
 */
public record SearchResult(String document, String phrase, List<VersionLink> versions, VersionLink first,
        VersionLink last, List<VersionLink> disappearedIn, List<PointHits> points) {

    /** @param gone versions, after one where the point had the phrase, that state the point without it */
    public record PointHits(String key, String category, List<Hit> hits, List<VersionLink> gone) {
    }

    /** One appearance, with the text around it for highlighting. */
    public record Hit(VersionLink version, String number, String status, String before, String match, String after) {
    }
}
