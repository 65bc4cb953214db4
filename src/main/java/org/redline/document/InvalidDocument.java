package org.redline.document;

/** A document's fields break a rule; names the field. */
public class InvalidDocument extends RuntimeException {
    private final String field;

    public InvalidDocument(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
