package org.redline.document;

import java.time.Duration;

/**
 * Another writer held the document longer than a writer may wait for it. Nothing was written; the
 * client may send the same request again after {@link #retryAfter()}.
 */
public class DocumentBusy extends RuntimeException {

    private final transient Duration retryAfter;

    public DocumentBusy(String slug, Duration waited, Duration retryAfter) {
        super("Document '" + slug + "' is being written by another request; waited " + waited.toMillis()
                + " ms for it. Nothing was recorded: send the request again.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
