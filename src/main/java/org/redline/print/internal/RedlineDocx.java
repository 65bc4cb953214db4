package org.redline.print.internal;

import java.util.List;
import java.util.Objects;
import org.redline.diff.PointDiff;
import org.redline.diff.TextSegment;
import org.redline.diff.VersionDiff;
import org.redline.version.ChangeKind;
import org.redline.version.PointView;

/**
 * A comparison as a Word redline: the metadata and sources of both versions head the file, then every
 * point in reading order. What changed between the versions is a tracked change (see {@link WordFile}):
 * the words the diff deleted and inserted, a new number or category, a whole point added or removed.
 * What is not a change of wording (renumbering, merges, splits, a status, a point a partial draft does
 * not mention) is said in a line under the point, so it is clear without reading the markup.
 */
final class RedlineDocx {

    private RedlineDocx() {
    }

    static byte[] write(VersionDiff diff) {
        var revision = Revision.of(diff.to());
        var word = new WordFile(revision.author(), revision.at());
        word.title("Redline: " + diff.document() + ", version " + diff.from().number() + " → version " + diff.to().number());
        word.note("From “" + diff.from().label() + "” to “" + diff.to().label() + "”. Every change is a tracked change by "
                + revision.author() + " dated " + Fact.minute(revision.at()) + ": accept or reject it in Word or LibreOffice.");
        word.facts(List.of("From", "To"), List.of(Fact.of(diff.from()), Fact.of(diff.to())));
        word.sources("Sources of version " + diff.from().number(), diff.from().sources());
        word.sources("Sources of version " + diff.to().number(), diff.to().sources());
        var counts = diff.counts();
        word.note(counts.added() + " added, " + counts.removed() + " removed, " + counts.modified() + " modified, "
                + counts.renumbered() + " renumbered, " + counts.unchanged() + " unchanged, " + counts.unknown() + " unknown.");
        word.heading("Points");
        for (var point : diff.points()) {
            point(word, point, diff.to().number());
        }
        word.trackRevisions();
        return word.bytes();
    }

    private static void point(WordFile word, PointDiff point, int to) {
        var change = point.change();
        var head = word.line();
        boolean whole = change == ChangeKind.ADDED || change == ChangeKind.REMOVED;
        if (change == ChangeKind.UNKNOWN) { // a partial draft's silence is no change: the point as last known
            var known = point.before() != null ? point.before() : point.after();
            head.bold(Objects.requireNonNullElse(number(known), "") + category(known));
        } else {
            changed(head, whole, change, number(point.before()), number(point.after()), true);
            changed(head, whole, change, category(point.before()), category(point.after()), true);
        }
        head.aside("  " + ChangeNotes.label(point, to));
        marked(head, change);

        var text = word.line();
        if (!point.segments().isEmpty()) {
            for (var segment : point.segments()) {
                switch (segment.kind()) {
                    case DELETED -> text.deleted(segment.text(), false);
                    case INSERTED -> text.inserted(segment.text(), false);
                    default -> text.plain(segment.text());
                }
            }
        } else if (change == ChangeKind.UNKNOWN) {
            text.aside(point.before() == null ? "" : point.before().text());
        } else {
            changed(text, whole, change, text(point.before()), text(point.after()), false);
        }
        marked(text, change);
        ChangeNotes.notes(point).forEach(word::note);
    }

    /**
     * A part of the point's heading that may differ between the versions: kept as it is, or the old one
     * deleted and the new one inserted. A whole point added or removed is all inserted or all deleted.
     */
    private static void changed(WordFile.Line line, boolean whole, ChangeKind change, String before, String after,
            boolean bold) {
        if (whole) {
            if (change == ChangeKind.ADDED) {
                line.inserted(after, bold);
            } else {
                line.deleted(before, bold);
            }
        } else if (!Objects.equals(before, after)) {
            line.deleted(before, bold).inserted(after, bold);
        } else {
            line.styled(after, bold, false, 0, null);
        }
    }

    private static void marked(WordFile.Line line, ChangeKind change) {
        if (change == ChangeKind.ADDED) {
            line.insertedParagraph();
        } else if (change == ChangeKind.REMOVED) {
            line.deletedParagraph();
        }
    }

    private static String number(PointView point) {
        return point == null || point.number() == null ? null : point.number() + ". ";
    }

    private static String text(PointView point) {
        return point == null ? null : point.text();
    }

    private static String category(PointView point) {
        return point == null ? null : point.category() != null ? point.category() : point.key();
    }
}
