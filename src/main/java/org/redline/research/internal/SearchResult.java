package org.redline.research.internal;

import java.util.List;
import org.redline.version.VersionLink;

/**
 * Where a phrase appears across a document's versions.
 *
 * @param versions the versions whose text contains it, oldest first
 * @param disappearedIn versions after its first appearance that state no point containing it
 * @param points one page of the points that hold it, in order of first appearance: where each appears and
 *     where it stops appearing
 * @param totalPoints how many points hold it, on every page
 */
public record SearchResult(String document, String phrase, List<VersionLink> versions, VersionLink first,
        VersionLink last, List<VersionLink> disappearedIn, List<PointHits> points, int page, int size,
        int totalPoints, int totalPages) {

    /** @param gone versions, after one where the point had the phrase, that state the point without it */
    public record PointHits(String key, String category, List<Hit> hits, List<VersionLink> gone) {
    }

    /** One appearance, with the text around it for highlighting. */
    public record Hit(VersionLink version, String number, String status, String before, String match, String after) {
    }
}
