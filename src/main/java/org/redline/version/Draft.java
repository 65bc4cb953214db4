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
 * @param knowledge how much of it is known: a reported-only draft is partial, needs a source, and may
 *     hold no points or points without text (a reported change, said in the point's note)
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
        List<DraftPoint> points,
        Knowledge knowledge) {

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
        knowledge = knowledge == null ? Knowledge.TEXT : knowledge;
        if (knowledge.reportedOnly()) {
            checkReportedOnly(sources, points, knowledge);
            partial = true; // what no report names is unknown, never removed
        } else {
            checkTexts(points);
        }
        if (points.size() > MAX_POINTS) {
            throw new DraftRejected("points", "at most " + MAX_POINTS + " points per draft, got " + points.size());
        }
        checkUnique(points);
    }

    /** A draft whose text is known. */
    public Draft(String ref, String label, LocalDate draftDate, LocalDate reportedDate, VersionStatus status,
            boolean partial, String derivedFrom, List<Source> sources, String note, List<DraftPoint> points) {
        this(ref, label, draftDate, reportedDate, status, partial, derivedFrom, sources, note, points, Knowledge.TEXT);
    }

    public Draft withPoints(List<DraftPoint> newPoints) {
        return new Draft(ref, label, draftDate, reportedDate, status, partial, derivedFrom, sources, note, newPoints, knowledge);
    }

    public Draft withDerivedFrom(String base) {
        return new Draft(ref, label, draftDate, reportedDate, status, partial, base, sources, note, points, knowledge);
    }

    public Draft withKnowledge(Knowledge newKnowledge) {
        return new Draft(ref, label, draftDate, reportedDate, status, partial, derivedFrom, sources, note, points, newKnowledge);
    }

    private static void checkTexts(List<DraftPoint> points) {
        if (points.isEmpty()) {
            throw new DraftRejected("points", "a draft needs at least one point (a draft known only from reports says \"kind\": \"reported-only\")");
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).text() == null && points.get(i).status() != PointStatus.REMOVED) {
                throw new DraftRejected("points[" + i + "].text",
                        "is required unless the point's status is removed; only a reported-only draft records a point by its note alone");
            }
        }
    }

    /** A reported-only draft states nothing it does not know: no invented text, and where it is known from. */
    private static void checkReportedOnly(List<Source> sources, List<DraftPoint> points, Knowledge knowledge) {
        if (sources.isEmpty()) {
            throw new DraftRejected("sources", "a draft known only from reports needs the reports: at least one source");
        }
        if (points.isEmpty() && knowledge.reportedPointCount() == null) {
            throw new DraftRejected("points", "a reported-only draft needs a reportedPointCount or at least one reported change");
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).text() != null) {
                throw new DraftRejected("points[" + i + "].text",
                        "a reported-only draft has no text of its own: say what the report says in the point's note");
            }
        }
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
