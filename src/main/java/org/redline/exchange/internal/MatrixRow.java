package org.redline.exchange.internal;

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

    /**
     * The row's cells for CSV. A text cell starting with {@code = + - @}, a tab or a carriage return gets
     * a leading single quote (OWASP's rule against CSV formula injection): a spreadsheet opening the file
     * shows the text instead of running it. The JSON matrix keeps the text as recorded.
     */
    Object[] csvCells() {
        return new Object[] {document, inert(key), version, inert(versionRef), draftDate, reportedDate, versionStatus,
                partial, inert(number), inert(category), status, inert(text), versionKind, reportedPointCount, uncertain};
    }

    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
