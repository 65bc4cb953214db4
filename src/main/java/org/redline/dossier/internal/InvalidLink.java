package org.redline.dossier.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A link between points that breaks a rule; names the field ({@code from.key}, {@code reason}...). */
public class InvalidLink extends ErrorResponseException {
    private final String field;

    public InvalidLink(String field, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT);
        setType(URI.create("/problems/invalid-link"));
        setTitle("Link refused");
        setDetail(field + " " + reason);
        getBody().setProperty("where", field);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
