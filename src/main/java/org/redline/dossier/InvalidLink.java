package org.redline.dossier;

/** A link between points that breaks a rule; names the field ({@code from.key}, {@code reason}...). */
public class InvalidLink extends RuntimeException {
    private final String field;

    public InvalidLink(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
