package org.redline.importing;

public class UnsupportedDraftFormat extends RuntimeException {
    public UnsupportedDraftFormat(String contentType) {
        super("Cannot read a draft sent as '" + contentType + "'; send application/json");
    }
}
