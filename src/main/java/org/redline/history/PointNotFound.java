package org.redline.history;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class PointNotFound extends ErrorResponseException {

    public PointNotFound(String document, String key) {
        super(HttpStatus.NOT_FOUND);
        setType(URI.create("/problems/point-not-found"));
        setTitle("Point not found");
        setDetail("Document '" + document + "' has no point with key '" + key + "'");
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
