package org.redline.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version's metadata and its change counts against the version it derives from; {@code knowledge}
 * says whether its text is known or only reports of it (count, changes), and whether it is uncertain.
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
        Knowledge knowledge) {

    public VersionSummary {
        knowledge = knowledge == null ? Knowledge.TEXT : knowledge;
    }

    /** A version whose text is known. */
    public VersionSummary(int number, String ref, String label, LocalDate draftDate, LocalDate reportedDate,
            VersionStatus status, boolean partial, VersionLink derivedFrom, List<Source> sources, String note,
            String recordedBy, Instant recordedAt, ChangeCounts changes) {
        this(number, ref, label, draftDate, reportedDate, status, partial, derivedFrom, sources, note, recordedBy,
                recordedAt, changes, Knowledge.TEXT);
    }

    public VersionLink link() {
        return new VersionLink(number, ref);
    }
}
