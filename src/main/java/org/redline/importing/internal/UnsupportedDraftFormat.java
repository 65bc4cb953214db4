package org.redline.importing.internal;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A draft in a format the import does not read, or whose format cannot be told. */
public class UnsupportedDraftFormat extends ErrorResponseException {
    public UnsupportedDraftFormat(String contentType) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        describe("Cannot read a draft sent as '" + contentType + "'; send application/json, text/markdown (a table), "
                + "text/plain (numbered points), a Word (.docx), OpenDocument (.odt), PDF or HTML file by its type, "
                + "or a multipart form with the draft as its 'file' part");
    }

    UnsupportedDraftFormat(String contentType, String reason) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        describe(reason + (contentType == null || contentType.isBlank() ? "" : " (it came as '" + contentType + "')"));
    }

    private void describe(String detail) {
        setType(URI.create("/problems/unsupported-format"));
        setTitle("Unsupported draft format");
        setDetail(detail);
        getBody().setProperty("where", "Content-Type");
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
