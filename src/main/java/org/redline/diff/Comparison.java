package org.redline.diff;

import java.util.List;
import org.redline.version.VersionSummary;

/**
 * A page of a comparison with the document's versions to choose from.
 *
 * @param page null only when the document has no versions yet
 */
public record Comparison(DiffPage page, List<VersionSummary> versions) {

    public Comparison {
        versions = List.copyOf(versions);
    }
}
