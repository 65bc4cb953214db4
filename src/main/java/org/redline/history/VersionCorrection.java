package org.redline.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redline.version.Source;
import org.redline.version.VersionStatus;

/**
 * One metadata correction of a version as the audit log holds it: who made it, when, why, and the
 * version's metadata just before and just after it (whole, so a chain of corrections can be replayed);
 * {@code original}: for a correction restored from a history file, who made it and when according to
 * the file (null otherwise).
 */
public record VersionCorrection(String editor, Instant at, String reason, Metadata before, Metadata after,
        org.redline.version.Provenance original) {

    /** A version's correctable metadata at one moment. */
    public record Metadata(String label, LocalDate draftDate, LocalDate reportedDate, VersionStatus status,
            List<Source> sources, String note) {
    }
}
