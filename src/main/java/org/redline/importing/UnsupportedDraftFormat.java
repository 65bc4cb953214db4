package org.redline.importing;

/** A draft in a format the import does not read, or whose format cannot be told. */
public class UnsupportedDraftFormat extends RuntimeException {
    public UnsupportedDraftFormat(String contentType) {
        super("Cannot read a draft sent as '" + contentType + "'; send application/json, text/markdown (a table), "
                + "text/plain (numbered points), a Word (.docx), OpenDocument (.odt), PDF or HTML file by its type, "
                + "or a multipart form with the draft as its 'file' part");
    }

    UnsupportedDraftFormat(String contentType, String reason) {
        super(reason + (contentType == null || contentType.isBlank() ? "" : " (it came as '" + contentType + "')"));
    }
}
