package org.redline.importing.internal;

import java.util.List;
import org.redline.version.DraftPoint;
import org.redline.version.DraftRejected;
import org.redline.version.PointStatus;

/** A point as a Markdown or text reader found it, with the line it starts on for error messages. */
record ParsedPoint(int line, String number, String category, String text, PointStatus status, String key, String note) {

    DraftPoint toDraftPoint() {
        try {
            return new DraftPoint(key, number, category, text, status, List.of(), note);
        } catch (DraftRejected e) {
            if ("text".equals(e.where()) && text == null) {
                throw new DraftRejected("line " + line, "point " + (number == null ? "" : number + " ")
                        + "has no text; expected its text after the number or on the next lines");
            }
            throw e.atLine(line);
        }
    }

    static List<DraftPoint> toDraftPoints(List<ParsedPoint> points) {
        return points.stream().map(ParsedPoint::toDraftPoint).toList();
    }

    /** A draft-level error about {@code points[i]...} becomes one about the line that point starts on. */
    static DraftRejected located(DraftRejected e, List<ParsedPoint> points) {
        var where = e.where();
        if (where != null && where.startsWith("points[")) {
            int close = where.indexOf(']');
            int index = Integer.parseInt(where.substring(7, close));
            var rest = where.substring(close + 1).replaceFirst("^\\.", "");
            if (index < points.size()) {
                return new DraftRejected("line " + points.get(index).line() + (rest.isEmpty() ? "" : " (" + rest + ")"), e.reason());
            }
        }
        return e;
    }
}
