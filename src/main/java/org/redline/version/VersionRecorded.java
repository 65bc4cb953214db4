package org.redline.version;

import java.util.List;

/**
 * Published inside the recording transaction, under the document lock: a listener that fails rolls the
 * version back with it. The audit log only notes it there and commits the audit after the transaction
 * (its Javers commits are the slow part of a big version; see history's AuditDrain).
 *
 * @param points the points the version states (listed or removed); unknown points are left out
 */
public record VersionRecorded(String document, VersionSummary version, List<PointView> points) {
}
