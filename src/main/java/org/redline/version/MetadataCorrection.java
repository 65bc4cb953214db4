package org.redline.version;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * New values for a version's metadata. Only the fields named in {@code fields} are applied; the others
 * keep their value (a named field given as null is cleared, except the label and status, which every
 * version has). Content (points, partial, base, ref, number) is never corrected: a content correction is
 * a new version.
 */
public record MetadataCorrection(
        Set<Field> fields,
        String label,
        LocalDate draftDate,
        LocalDate reportedDate,
        VersionStatus status,
        List<Source> sources,
        String note) {

    /** The metadata a correction may change, named as in the API. */
    public enum Field {
        LABEL("label"), DRAFT_DATE("draftDate"), REPORTED_DATE("reportedDate"), STATUS("status"),
        SOURCES("sources"), NOTE("note");

        private final String code;

        Field(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Field parse(String code) {
            for (var field : values()) {
                if (field.code.equals(code)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("not a correctable field: " + code);
        }
    }

    public MetadataCorrection {
        if (fields == null || fields.isEmpty()) {
            throw new InvalidCorrection(null, "name at least one field to correct");
        }
        fields = Set.copyOf(EnumSet.copyOf(fields));
        try {
            label = DraftPoint.cleanText("label", label, 500);
            note = DraftPoint.cleanText("note", note, DraftPoint.MAX_TEXT_CHARS);
            Draft.checkDate("draftDate", draftDate);
            Draft.checkDate("reportedDate", reportedDate);
        } catch (DraftRejected e) {
            throw new InvalidCorrection(e.where(), e.reason());
        }
        if (fields.contains(Field.LABEL) && label == null) {
            throw new InvalidCorrection("label", "is required");
        }
        if (fields.contains(Field.STATUS) && status == null) {
            throw new InvalidCorrection("status", "is required: one of leaked, reported, official");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.size() > Draft.MAX_SOURCES) {
            throw new InvalidCorrection("sources", "at most " + Draft.MAX_SOURCES + " sources per version");
        }
    }

    /** A correction that sets every field, as a form that shows them all does. */
    public static MetadataCorrection ofAll(String label, LocalDate draftDate, LocalDate reportedDate,
            VersionStatus status, List<Source> sources, String note) {
        return new MetadataCorrection(EnumSet.allOf(Field.class), label, draftDate, reportedDate, status, sources, note);
    }

    public boolean sets(Field field) {
        return fields.contains(field);
    }

    /** A reason a correction is recorded with: required, one line of plain text, at most 500 characters. */
    static String checkedReason(String reason) {
        String clean;
        try {
            clean = DraftPoint.cleanText("reason", reason, 500);
        } catch (DraftRejected e) {
            throw new InvalidCorrection("reason", e.reason());
        }
        if (clean == null) {
            throw new InvalidCorrection("reason", "is required: say why the metadata was wrong");
        }
        return clean;
    }
}
