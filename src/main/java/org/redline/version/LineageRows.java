package org.redline.version;

import java.util.List;
import java.util.Map;
import org.redline.version.LineageRows;

/**
 * A point's rows across a document's versions, for reading its lineage: {@code versions} every
 * version, oldest first; {@code point} the point's row by version number (absent where a version lacks
 * it); {@code naming} by version number, the other points there that absorbed it or split off it.
 */
public record LineageRows(List<VersionSummary> versions, Map<Integer, PointView> point,
        Map<Integer, List<PointView>> naming) {
}
