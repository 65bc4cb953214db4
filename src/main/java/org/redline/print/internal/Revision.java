package org.redline.print.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import org.redline.version.VersionSummary;

/**
 * Who a redline's tracked changes are by and when: the editor who recorded the later version, on that
 * version's date (the draft's date, else the day it was reported, else when it was recorded), so
 * Word's list of revisions reads "fixtures, 23 Nov 2025" rather than the moment of the download.
 */
record Revision(String author, Instant at) {

    static Revision of(VersionSummary version) {
        var author = version.recordedBy() == null || version.recordedBy().isBlank() ? "Redline" : version.recordedBy();
        Instant at = version.draftDate() != null ? version.draftDate().atStartOfDay(ZoneOffset.UTC).toInstant()
                : version.reportedDate() != null ? version.reportedDate().atStartOfDay(ZoneOffset.UTC).toInstant()
                : version.recordedAt() != null ? version.recordedAt() : Instant.EPOCH;
        return new Revision(author, at);
    }
}
