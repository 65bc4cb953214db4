package org.redline.exchange;

import java.time.LocalDate;

/**
 * One point in one version, flat, for analysis tools: every key of the document against every
 * version, {@code status = absent} where the version does not hold the key. {@code versionKind} is
 * {@code reported-only} for a version known only from reports: its rows are counted, not read.
 */
public record MatrixRow(String document, String key, int version, String versionRef, LocalDate draftDate,
        LocalDate reportedDate, String versionStatus, boolean partial, String number, String category,
        String status, String text, String versionKind, Integer reportedPointCount, boolean uncertain) {

    static final String[] HEADER = {"document", "key", "version", "version_ref", "draft_date", "reported_date",
            "version_status", "partial", "number", "category", "status", "text", "version_kind", "reported_point_count",
            "uncertain"};

    Object[] cells() {
        return new Object[] {document, key, version, versionRef, draftDate, reportedDate, versionStatus, partial,
                number, category, status, text, versionKind, reportedPointCount, uncertain};
    }
}
