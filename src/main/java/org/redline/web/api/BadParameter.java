package org.redline.web.api;

/** A query parameter the API cannot use; names it. */
class BadParameter extends RuntimeException {
    private final String parameter;

    BadParameter(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
