package org.redline.importing;

import java.util.Locale;

/** The formats a draft can arrive in, each read by its {@link DraftReader}. */
public enum DraftFormat {
    JSON("application/json"),
    MARKDOWN("text/markdown"),
    TEXT("text/plain");

    private final String mediaType;

    DraftFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
