package org.redline.importing;

import java.util.Locale;

/** The formats a draft can arrive in. */
public enum DraftFormat {
    JSON("application/json");

    private final String mediaType;

    DraftFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a Content-Type header, ignoring parameters such as charset. */
    public static DraftFormat forMediaType(String contentType) {
        var type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.endsWith("+json")) {
            return JSON;
        }
        throw new UnsupportedDraftFormat(contentType);
    }
}
