package org.redline.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version's metadata and its change counts against the version it derives from; {@code imported} is
 * what an imported history file said about its original recording (null for versions recorded here).
 */
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
        ChangeCounts changes,
        Provenance imported) {

    /** A version recorded here, not imported: no provenance beside its recorder. */
    public VersionSummary(int number, String ref, String label, LocalDate draftDate, LocalDate reportedDate,
            VersionStatus status, boolean partial, VersionLink derivedFrom, List<Source> sources, String note,
            String recordedBy, Instant recordedAt, ChangeCounts changes) {
        this(number, ref, label, draftDate, reportedDate, status, partial, derivedFrom, sources, note, recordedBy,
                recordedAt, changes, null);
    }

    public VersionLink link() {
        return new VersionLink(number, ref);
    }
}
