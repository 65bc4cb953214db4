package org.redline.version;

import java.time.Instant;

/**
 * Published inside the correction transaction, so the audit log's commit (author {@code editor},
 * property {@code reason}) and the corrected row are saved together or not at all. {@code at} is when
 * the correction was made. {@code original}: for a correction restored from a history file, who made
 * it and when according to the file (kept as provenance; the editor is who imported it), else null.
 */
public record VersionMetadataCorrected(String document, VersionSummary version, String reason, String editor, Instant at,
        Provenance original) {
}
