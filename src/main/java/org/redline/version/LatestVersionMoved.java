package org.redline.version;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A write named a latest version that is no longer the latest. */
public class LatestVersionMoved extends ErrorResponseException {
    private final int expected;
    private final VersionLink current;

    public LatestVersionMoved(String document, int expected, VersionLink current) {
        super(HttpStatus.PRECONDITION_FAILED);
        setType(URI.create("/problems/latest-version-moved"));
        setTitle("The document has moved on");
        setDetail("Document '" + document + "' is at version " + (current == null ? 0 : current.number())
                + ", not " + expected + ": read the timeline again and record against what is there now");
        getBody().setProperty("where", "If-Match");
        getBody().setProperty("current", current);
        getHeaders().setETag(ExpectedLatest.etag(current == null ? 0 : current.number()));
        this.expected = expected;
        this.current = current;
    }

    public int expected() {
        return expected;
    }

    /** The latest version now, or null when the document has none. */
    public VersionLink current() {
        return current;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
