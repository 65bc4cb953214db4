package org.redline.version;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A metadata correction that cannot be applied as given; {@code where} names the field at fault. */
public class InvalidCorrection extends ErrorResponseException {

    private final String where;
    private final String reason;

    public InvalidCorrection(String where, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT);
        setType(URI.create("/problems/invalid-correction"));
        setTitle("Correction refused");
        setDetail(where == null ? reason : where + ": " + reason);
        getBody().setProperty("where", where);
        getBody().setProperty("reason", reason);
        this.where = where;
        this.reason = reason;
    }

    public String where() {
        return where;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
