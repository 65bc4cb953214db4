package org.redline.web;

/**
 * A page was asked for with a parameter it does not understand, or a form came without a field the page
 * always renders into it (tampered or truncated): a 400 page that says which, never a 500.
 */
public class BadPageRequest extends RuntimeException {

    private final String parameter;

    public BadPageRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
