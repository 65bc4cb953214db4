package org.redline.document;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class DocumentNotFound extends ErrorResponseException {
    private final String slug;

    public DocumentNotFound(String slug) {
        super(HttpStatus.NOT_FOUND);
        setType(URI.create("/problems/document-not-found"));
        setTitle("Document not found");
        setDetail("No document '" + slug + "'");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
