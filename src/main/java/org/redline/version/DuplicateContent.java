package org.redline.version;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A draft states exactly what an existing version states. */
public class DuplicateContent extends ErrorResponseException {
    private final String document;
    private final VersionLink existing;

    public DuplicateContent(String document, VersionLink existing) {
        super(HttpStatus.CONFLICT);
        setType(URI.create("/problems/duplicate-content"));
        setTitle("Same content as an existing version");
        setDetail("Version " + existing.number() + " of '" + document + "' already states exactly this content");
        getBody().setProperty("existing", existing);
        var href = "/api/documents/" + document + "/versions/" + existing.number();
        getBody().setProperty("href", href);
        getHeaders().setLocation(URI.create(href));
        this.document = document;
        this.existing = existing;
    }

    public String document() {
        return document;
    }

    public VersionLink existing() {
        return existing;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
