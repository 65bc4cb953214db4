package org.redline.document;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class DocumentExists extends ErrorResponseException {

    public DocumentExists(String slug) {
        super(HttpStatus.CONFLICT);
        setType(URI.create("/problems/document-exists"));
        setTitle("Document exists");
        setDetail("A document '" + slug + "' already exists");
        getBody().setProperty("where", "slug");
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
