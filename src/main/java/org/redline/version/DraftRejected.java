package org.redline.version;

/**
 * A draft that cannot be recorded as given. {@code where} points at the problem: a field path such
 * as {@code points[3].text}, or {@code line 12} for text formats.
 */
public class DraftRejected extends RuntimeException {

    private final String where;
    private final String reason;

    public DraftRejected(String where, String reason) {
        super(where == null ? reason : where + ": " + reason);
        this.where = where;
        this.reason = reason;
    }

    public String where() {
        return where;
    }

    public String reason() {
        return reason;
    }

    /** The same problem, located inside a containing field, e.g. {@code text} inside {@code points[3]}. */
    public DraftRejected inside(String container) {
        return new DraftRejected(where == null ? container : container + "." + where, reason);
    }

    /** The same problem, located at a line of a text input. */
    public DraftRejected atLine(int line) {
        return new DraftRejected(where == null ? "line " + line : "line " + line + " (" + where + ")", reason);
    }
}
