package org.redline.exchange;

import java.time.LocalDate;

/**
 * One point in one version, flat, for analysis tools: every key of the document against every
 * version, {@code status = absent} where the version does not hold the key.
 */
public record MatrixRow(String document, String key, int version, String versionRef, LocalDate draftDate,
        LocalDate reportedDate, String versionStatus, boolean partial, String number, String category,
        String status, String text) {

    static final String[] HEADER = {"document", "key", "version", "version_ref", "draft_date", "reported_date",
            "version_status", "partial", "number", "category", "status", "text"};

    Object[] cells() {
        return new Object[] {document, key, version, versionRef, draftDate, reportedDate, versionStatus, partial,
                number, category, status, text};
    }
}
