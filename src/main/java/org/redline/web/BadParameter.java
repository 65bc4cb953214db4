package org.redline.web;

/** A query parameter the API cannot use; names it. */
public class BadParameter extends RuntimeException {
    private final String parameter;

    public BadParameter(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
