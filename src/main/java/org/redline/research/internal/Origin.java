package org.redline.research.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.redline.version.VersionSummary;

/** The version that introduced a value, with what a researcher cites it by. */
public record Origin(int number, String ref, String label, LocalDate draftDate, LocalDate reportedDate,
        String recordedBy, Instant recordedAt) {

    static Origin of(VersionSummary version) {
        return new Origin(version.number(), version.ref(), version.label(), version.draftDate(), version.reportedDate(),
                version.recordedBy(), version.recordedAt());
    }
}
