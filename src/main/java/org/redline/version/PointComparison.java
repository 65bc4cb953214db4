package org.redline.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The domain rule for how one point changed between two versions, shared by recording (change
 * counts) and the diff feature, so both always agree.
 *
 * <p>Text, category and status make a point modified; a new number alone makes it renumbered.
 * Evidence (source links, note) is reported as changed fields but does not by itself modify a point.
 * A number or category missing on either side means "not given" (reported drafts often lack them),
 * not "changed"; a missing text is covered by the status (removed) or by the unknown class.
 */
public final class PointComparison {

    public static final String NUMBER = "number";
    public static final String CATEGORY = "category";
    public static final String TEXT = "text";
    public static final String STATUS = "status";
    public static final String SOURCE_REFS = "sourceRefs";
    public static final String NOTE = "note";

    private PointComparison() {
    }

    /** @param before the point in the earlier version, or null when that version does not hold it */
    public static ChangeKind classify(PointView before, PointView after) {
        return classify(before, after, changedFields(before, after));
    }

    /** The same, given the {@link #changedFields} of the two, for callers that report them too. */
    public static ChangeKind classify(PointView before, PointView after, List<String> changedFields) {
        var was = before == null ? null : before.status();
        var is = after == null ? null : after.status();
        if (was == PointStatus.UNKNOWN || is == PointStatus.UNKNOWN) {
            return ChangeKind.UNKNOWN;
        }
        boolean wasLive = was != null && was.live();
        boolean isLive = is != null && is.live();
        if (!wasLive && !isLive) {
            return was == null && is == PointStatus.REMOVED ? ChangeKind.REMOVED : ChangeKind.UNCHANGED;
        }
        if (!wasLive) {
            return ChangeKind.ADDED;
        }
        if (!isLive) {
            return ChangeKind.REMOVED;
        }
        if (changedFields.contains(TEXT) || changedFields.contains(CATEGORY) || changedFields.contains(STATUS)) {
            return ChangeKind.MODIFIED;
        }
        return changedFields.contains(NUMBER) ? ChangeKind.RENUMBERED : ChangeKind.UNCHANGED;
    }

    /** The fields whose values differ, in a fixed order; empty when either side is missing. */
    public static List<String> changedFields(PointView before, PointView after) {
        if (before == null || after == null) {
            return List.of();
        }
        var fields = new ArrayList<String>(2);
        if (before.number() != null && after.number() != null && !before.number().equals(after.number())) {
            fields.add(NUMBER);
        }
        if (before.category() != null && after.category() != null && !before.category().equalsIgnoreCase(after.category())) {
            fields.add(CATEGORY);
        }
        if (before.text() != null && after.text() != null && !before.text().equals(after.text())) {
            fields.add(TEXT);
        }
        if (before.status() != after.status()) {
            fields.add(STATUS);
        }
        if (!before.sourceRefs().equals(after.sourceRefs())) {
            fields.add(SOURCE_REFS);
        }
        if (!Objects.equals(before.note(), after.note())) {
            fields.add(NOTE);
        }
        return fields.isEmpty() ? List.of() : fields;
    }
}
