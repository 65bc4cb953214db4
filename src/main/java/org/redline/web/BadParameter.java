package org.redline.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A query parameter the API cannot use; names it. */
public class BadParameter extends ErrorResponseException {

    public BadParameter(String parameter, String reason) {
        super(HttpStatus.BAD_REQUEST);
        setType(URI.create("/problems/bad-parameter"));
        setTitle("Bad parameter");
        setDetail(parameter + ": " + reason);
        getBody().setProperty("where", parameter);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
