package org.redline.exchange.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole document history in one JSON file: what {@code export} writes and {@code import} reads back
 * into an empty instance. Only the points a draft states are kept; the unknown and removed points a
 * version carries over from its base follow from {@code partial} and {@code derivedFrom}. A version's
 * metadata is as it stands now; {@code corrections} tell how it got there. Fields added after the
 * first release are left out when empty, so older files read the same and simple histories export
 * as before. {@code kind},
 * {@code reportedPointCount} and {@code uncertain} are absent in files written before versions known
 * only from reports existed: such versions are text versions.
 */
public record HistoryFile(String format, DocumentEntry document, List<VersionEntry> versions) {

    public static final String FORMAT = "redline-history/1";

    public record DocumentEntry(String slug, String title, String description) {
    }

    /**
     * @param corrections the metadata corrections made since the version was recorded, oldest first:
     *     the first one's {@code before} is the metadata as recorded, the last one's {@code after} the
     *     metadata above
     */
    public record VersionEntry(int number, String ref, String label, LocalDate draftDate, LocalDate reportedDate,
            String status, boolean partial, Integer derivedFrom, List<SourceEntry> sources, String note,
            String recordedBy, Instant recordedAt, List<PointEntry> points, String kind, Integer reportedPointCount,
            Boolean uncertain, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CorrectionEntry> corrections) {
    }

    public record SourceEntry(String outlet, String url) {
    }

    /**
     * @param mergedFrom other base keys this point absorbs (a merge)
     * @param splitFrom the base key it was split off from, while another point carries that key on
     */
    public record PointEntry(String key, String number, String category, String text, String status,
            List<String> sourceRefs, String note,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mergedFrom,
            @JsonInclude(JsonInclude.Include.NON_NULL) String splitFrom) {
    }

    /** One metadata correction: who made it, when, why, and the whole metadata before and after. */
    public record CorrectionEntry(String correctedBy, Instant correctedAt, String reason, MetadataEntry before,
            MetadataEntry after) {
    }

    /** A version's correctable metadata at one moment. */
    public record MetadataEntry(String label, LocalDate draftDate, LocalDate reportedDate, String status,
            List<SourceEntry> sources, String note) {
    }
}
