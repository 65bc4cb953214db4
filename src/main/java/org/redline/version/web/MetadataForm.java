package org.redline.version.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.redline.version.DraftRejected;
import org.redline.version.InvalidCorrection;
import org.redline.version.MetadataCorrection;
import org.redline.version.Source;
import org.redline.version.VersionStatus;
import org.redline.version.VersionSummary;
import org.redline.web.BadPageRequest;

/**
 * The metadata correction form as submitted. Sources are one a line, {@code outlet | url} or a bare url.
 * Every field is shown, so a submitted form sets every field (a cleared date or note is cleared).
 */
public record MetadataForm(String label, String draftDate, String reportedDate, String status, String sources, String note,
        String reason, Integer expectedLatest) {

    static MetadataForm of(VersionSummary version, int latest) {
        var lines = new ArrayList<String>();
        version.sources().forEach(s -> lines.add(s.outlet() == null ? s.url() : s.outlet() + " | " + s.url()));
        return new MetadataForm(version.label(), iso(version.draftDate()), iso(version.reportedDate()),
                version.status().code(), String.join("\n", lines), version.note(), "", latest);
    }

    MetadataCorrection correction() {
        VersionStatus parsedStatus;
        try {
            parsedStatus = status == null || status.isBlank() ? null : VersionStatus.parse(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCorrection("status", e.getMessage());
        }
        return MetadataCorrection.ofAll(label, date("draftDate", draftDate), date("reportedDate", reportedDate),
                parsedStatus, sourceList(), note);
    }

    int expected() {
        if (expectedLatest == null || expectedLatest < 0) {
            throw new BadPageRequest("expectedLatest",
                    "The form came without the version it was opened against. Open the form again and resubmit.");
        }
        return expectedLatest;
    }

    MetadataForm withExpectedLatest(int latest) {
        return new MetadataForm(label, draftDate, reportedDate, status, sources, note, reason, latest);
    }

    private List<Source> sourceList() {
        var list = new ArrayList<Source>();
        if (sources == null) {
            return list;
        }
        var lines = sources.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            var outlet = bar < 0 ? null : line.substring(0, bar).strip();
            var url = bar < 0 ? line : line.substring(bar + 1).strip();
            try {
                list.add(new Source(outlet, url));
            } catch (DraftRejected e) {
                throw new InvalidCorrection("sources", "line " + (i + 1) + ": " + e.reason());
            }
        }
        return list;
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCorrection(field, "must be a date such as 2025-11-23, got '" + value.strip() + "'");
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
