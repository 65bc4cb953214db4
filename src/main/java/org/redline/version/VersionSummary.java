package org.redline.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A version's metadata and its change counts against the version it derives from. */
public record VersionSummary(
        int number,
        String ref,
        String label,
        LocalDate draftDate,
        LocalDate reportedDate,
        VersionStatus status,
        boolean partial,
        VersionLink derivedFrom,
        List<Source> sources,
        String note,
        String recordedBy,
        Instant recordedAt,
        ChangeCounts changes) {

    public VersionLink link() {
        return new VersionLink(number, ref);
    }
}
