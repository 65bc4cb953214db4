package org.redline.document.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A document's fields break a rule; names the field. */
public class InvalidDocument extends ErrorResponseException {
    private final String field;

    public InvalidDocument(String field, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT);
        setType(URI.create("/problems/invalid-document"));
        setTitle("Invalid document");
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
