package org.redline.research.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.redline.version.VersionSummary;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Service;

/** Which version was in force on a date (by draft date, or by the date it was reported). */
@Service
public class AsOfQuery {

    private final VersionTimeline versions;

    AsOfQuery(VersionTimeline versions) {
        this.versions = versions;
    }

    public Optional<VersionSummary> inForceOn(String document, LocalDate date, boolean byReportedDate) {
        return versions.inForceOn(document, date, byReportedDate);
    }
}
