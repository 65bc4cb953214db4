package org.redline.print.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.redline.diff.PointDiff;
import org.redline.diff.PointRelation;
import org.redline.version.ChangeKind;
import org.redline.version.PointComparison;

/**
 * What a printed comparison says about a point besides its words: its change in brackets and the notes
 * under it (merges, splits, a changed status, a new note). The Word redline and the PDF say the same.
 */
final class ChangeNotes {

    private ChangeNotes() {
    }

    /** "[modified]", "[renumbered 6 → 4]", "[unknown: not stated in version 2, a partial draft; not removed]". */
    static String label(PointDiff point, int to) {
        var renumbered = point.before() != null && point.after() != null && point.before().number() != null
                && point.after().number() != null && !Objects.equals(point.before().number(), point.after().number());
        return switch (point.change()) {
            case RENUMBERED -> "[renumbered " + point.numberLabel() + "]";
            case UNKNOWN -> "[unknown: not stated in version " + to + ", a partial draft; not removed]";
            case MODIFIED -> renumbered ? "[modified, renumbered " + point.numberLabel() + "]" : "[modified]";
            default -> "[" + point.change().code() + "]";
        };
    }

    /** One line per merge or split, a changed status and a new note. */
    static List<String> notes(PointDiff point) {
        var notes = new ArrayList<String>();
        for (var relation : point.relations()) {
            notes.add(relationLabel(relation) + ": " + relation.note() + ".");
        }
        for (var field : point.fields()) {
            // as on the compare page: a status change is news only on a point still there; source lists are left out
            if (field.field().equals(PointComparison.STATUS) && point.change() == ChangeKind.MODIFIED) {
                notes.add("Status: " + shown(field.before()) + " → " + shown(field.after()));
            } else if (field.field().equals(PointComparison.NOTE) && field.after() != null) {
                notes.add("Note: " + field.after());
            }
        }
        return notes;
    }

    private static String relationLabel(PointRelation relation) {
        return switch (relation.kind()) {
            case MERGED -> "Merged";
            case MERGED_INTO -> "Merged into another point";
            case SPLIT_FROM -> "Split off";
            case SPLIT_INTO -> "Split";
        };
    }

    private static String shown(Object value) {
        return value == null ? "(none)"
                : value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : value.toString();
    }
}
