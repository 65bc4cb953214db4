package org.redline.version;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A draft as an editor submits it, before it becomes a version. Validated whole here, so a draft
 * that exists is one that can be recorded (save for keys, which alignment assigns).
 *
 * @param derivedFrom the ref or number of the version this draft edits or answers; null means the latest
 */
public record Draft(
        String ref,
        String label,
        LocalDate draftDate,
        LocalDate reportedDate,
        VersionStatus status,
        boolean partial,
        String derivedFrom,
        List<Source> sources,
        String note,
        List<DraftPoint> points) {

    public static final int MAX_POINTS = 20_000;
    static final int MAX_SOURCES = 200;
    static final Pattern REF = Pattern.compile("[a-z0-9]+([-_.][a-z0-9]+)*");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public Draft {
        ref = ref == null ? null : DraftPoint.cleanLine("id", ref);
        if (ref != null && (ref.length() > 150 || !REF.matcher(ref).matches() || ref.chars().allMatch(Character::isDigit))) {
            throw new DraftRejected("id", "a ref is lowercase letters, digits, '-', '_' or '.', not only digits (at most 150), got '" + ref + "'");
        }
        label = DraftPoint.cleanText("label", label, 500);
        if (label == null) {
            throw new DraftRejected("label", "is required");
        }
        checkDate("draftDate", draftDate);
        checkDate("reportedDate", reportedDate);
        status = status == null ? VersionStatus.LEAKED : status;
        derivedFrom = DraftPoint.cleanLine("derivedFrom", derivedFrom);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.size() > MAX_SOURCES) {
            throw new DraftRejected("sources", "at most " + MAX_SOURCES + " sources per draft");
        }
        note = DraftPoint.cleanText("note", note, DraftPoint.MAX_TEXT_CHARS);
        points = points == null ? List.of() : List.copyOf(points);
        if (points.isEmpty()) {
            throw new DraftRejected("points", "a draft needs at least one point");
        }
        if (points.size() > MAX_POINTS) {
            throw new DraftRejected("points", "at most " + MAX_POINTS + " points per draft, got " + points.size());
        }
        checkUnique(points);
    }

    public Draft withPoints(List<DraftPoint> newPoints) {
        return new Draft(ref, label, draftDate, reportedDate, status, partial, derivedFrom, sources, note, newPoints);
    }

    public Draft withDerivedFrom(String base) {
        return new Draft(ref, label, draftDate, reportedDate, status, partial, base, sources, note, points);
    }

    static void checkDate(String field, LocalDate date) {
        if (date != null && !dateInRange(date)) {
            throw new DraftRejected(field, dateRangeReason(date));
        }
    }

    /** The one range of dates Redline reads anywhere (drafts, corrections, imports, query parameters). */
    public static boolean dateInRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static String dateRangeReason(LocalDate date) {
        return "must be between " + EARLIEST + " and " + LATEST + ", got " + date;
    }

    /** An instant (an imported recording time) within the same years as every date. */
    static void checkInstant(String field, java.time.Instant at) {
        if (at != null) {
            checkDate(field, at.atOffset(java.time.ZoneOffset.UTC).toLocalDate());
        }
    }

    private static void checkUnique(List<DraftPoint> points) {
        var numbers = new HashSet<String>();
        var keys = new HashSet<String>();
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            if (point.number() != null && !numbers.add(point.number())) {
                throw new DraftRejected("points[" + i + "].number", "number " + point.number() + " appears twice in this draft");
            }
            if (point.key() != null && !keys.add(point.key())) {
                throw new DraftRejected("points[" + i + "].key", "key " + point.key() + " appears twice in this draft");
            }
        }
        // A base point merged into another is no longer a point of its own, and merges into one point only.
        var merged = new HashSet<String>();
        for (int i = 0; i < points.size(); i++) {
            for (var key : points.get(i).mergedFrom()) {
                if (keys.contains(key)) {
                    throw new DraftRejected("points[" + i + "].mergedFrom", "key " + key + " is merged into this point but also listed as a point");
                }
                if (!merged.add(key)) {
                    throw new DraftRejected("points[" + i + "].mergedFrom", "key " + key + " is merged into two points");
                }
            }
        }
    }
}
