package org.redline.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole document history in one JSON file: what {@code export} writes and {@code import} reads back
 * into an empty instance. Only the points a draft states are kept; the unknown and removed points a
 * version carries over from its base follow from {@code partial} and {@code derivedFrom}. {@code kind},
 * {@code reportedPointCount} and {@code uncertain} are absent in files written before versions known
 * only from reports existed: such versions are text versions.
 */
public record HistoryFile(String format, DocumentEntry document, List<VersionEntry> versions) {

    public static final String FORMAT = "redline-history/1";

    public record DocumentEntry(String slug, String title, String description) {
    }

    public record VersionEntry(int number, String ref, String label, LocalDate draftDate, LocalDate reportedDate,
            String status, boolean partial, Integer derivedFrom, List<SourceEntry> sources, String note,
            String recordedBy, Instant recordedAt, List<PointEntry> points, String kind, Integer reportedPointCount,
            Boolean uncertain) {
    }

    public record SourceEntry(String outlet, String url) {
    }

    public record PointEntry(String key, String number, String category, String text, String status,
            List<String> sourceRefs, String note) {
    }
}
