package org.redline.document.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Another writer held the document longer than a writer may wait for it. Nothing was written; the
 * client may send the same request again after {@link #retryAfter()}: retryable, so 503 with Retry-After.
 */
public class DocumentBusy extends ErrorResponseException {

    private final transient Duration retryAfter;

    public DocumentBusy(String slug, Duration waited, Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE);
        setType(URI.create("/problems/document-busy"));
        setTitle("Document busy");
        setDetail("Document '" + slug + "' is being written by another request; waited " + waited.toMillis()
                + " ms for it. Nothing was recorded: send the request again.");
        getBody().setProperty("retryAfterSeconds", retryAfter.toSeconds());
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
