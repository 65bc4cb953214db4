package org.redline.version;

/**
 * Published inside the correction transaction, so the audit log's commit (author {@code editor},
 * property {@code reason}) and the corrected row are saved together or not at all.
 */
public record VersionMetadataCorrected(String document, VersionSummary version, String reason, String editor) {
}
