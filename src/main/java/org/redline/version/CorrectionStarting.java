package org.redline.version;

/**
 * Published inside a metadata correction's transaction, under the document lock and before the version
 * changes: the audit log brings the document's audit up to date first (its recording commits read the
 * versions' metadata as recorded, and must come before the correction's commit).
 */
public record CorrectionStarting(String document) {
}
