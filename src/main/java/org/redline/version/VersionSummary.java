package org.redline.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version's metadata and its change counts against the version it derives from; {@code knowledge}
 * says whether its text is known or only reports of it (count, changes), and whether it is uncertain;
 * {@code imported} is what an imported history file said about its original recording (null for
 * versions recorded here).
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
        Knowledge knowledge,
        Provenance imported) {

    public VersionSummary {
        knowledge = knowledge == null ? Knowledge.TEXT : knowledge;
    }

    /** A version whose text is known, recorded here. */
    public VersionSummary(int number, String ref, String label, LocalDate draftDate, LocalDate reportedDate,
            VersionStatus status, boolean partial, VersionLink derivedFrom, List<Source> sources, String note,
            String recordedBy, Instant recordedAt, ChangeCounts changes) {
        this(number, ref, label, draftDate, reportedDate, status, partial, derivedFrom, sources, note, recordedBy,
                recordedAt, changes, Knowledge.TEXT, null);
    }

    public VersionLink link() {
        return new VersionLink(number, ref);
    }
}
