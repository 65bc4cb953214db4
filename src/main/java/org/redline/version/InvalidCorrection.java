package org.redline.version;

/** A metadata correction that cannot be applied as given; {@code where} names the field at fault. */
public class InvalidCorrection extends RuntimeException {

    private final String where;
    private final String reason;

    public InvalidCorrection(String where, String reason) {
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
}
