package org.redline.dossier.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class DossierNotFound extends ErrorResponseException {

    public DossierNotFound(String slug) {
        super(HttpStatus.NOT_FOUND);
        setType(URI.create("/problems/dossier-not-found"));
        setTitle("Dossier not found");
        setDetail("No dossier '" + slug + "'");
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
