package org.redline.version;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class VersionNotFound extends ErrorResponseException {
    private final String id;

    public VersionNotFound(String document, String id) {
        super(HttpStatus.NOT_FOUND);
        setType(URI.create("/problems/version-not-found"));
        setTitle("Version not found");
        setDetail("Document '" + document + "' has no version '" + id + "' (give a version number or ref)");
        getBody().setProperty("where", id);
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
