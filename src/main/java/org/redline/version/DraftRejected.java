package org.redline.version;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A draft that cannot be recorded as given. {@code where} points at the problem: a field path such
 * as {@code points[3].text}, or {@code line 12} for text formats.
 */
public class DraftRejected extends ErrorResponseException {

    private final String where;
    private final String reason;

    public DraftRejected(String where, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT);
        setType(URI.create("/problems/draft-rejected"));
        setTitle("Draft rejected");
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

    /** The same problem, located inside a containing field, e.g. {@code text} inside {@code points[3]}. */
    public DraftRejected inside(String container) {
        return new DraftRejected(where == null ? container : container + "." + where, reason);
    }

    /** The same problem, located at a line of a text input. */
    public DraftRejected atLine(int line) {
        return new DraftRejected(where == null ? "line " + line : "line " + line + " (" + where + ")", reason);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
