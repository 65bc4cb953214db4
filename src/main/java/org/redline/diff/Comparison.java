package org.redline.diff;

import java.util.List;
import org.redline.version.VersionSummary;

/**
 * A comparison with the document's versions to choose from.
 *
 * @param diff null only when the document has no versions yet
 */
public record Comparison(VersionDiff diff, List<VersionSummary> versions) {

    public Comparison {
        versions = List.copyOf(versions);
    }
}
