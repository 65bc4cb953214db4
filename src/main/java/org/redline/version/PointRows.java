package org.redline.version;

import java.util.List;
import java.util.Map;
import org.redline.version.PointRows;

/**
 * One point in a range of versions, and its rows in the versions those derive from (by number), so
 * each can be compared with its parent even when the parent lies outside the range. {@code known} is
 * false when the document never held the key at all.
 */
public record PointRows(boolean known, List<PointAcrossVersions> rows, Map<Integer, PointView> parents) {
}
