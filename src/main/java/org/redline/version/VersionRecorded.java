package org.redline.version;

import java.util.List;

/**
 * Published inside the recording transaction, so a listener that fails (the audit log) rolls the
 * version back with it.
 *
 * @param points the points the version states (listed or removed); unknown points are left out
 */
public record VersionRecorded(String document, VersionSummary version, List<PointView> points) {
}
