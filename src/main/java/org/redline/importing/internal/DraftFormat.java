package org.redline.importing.internal;

import java.util.Locale;

/** The formats a draft can arrive in, each read by its {@link DraftReader}. */
public enum DraftFormat {
    JSON("application/json"),
    MARKDOWN("text/markdown"),
    TEXT("text/plain"),
    HTML("text/html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    PDF("application/pdf");

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

    /** Whether a draft in this format can be pasted as text (the editor's form offers these). */
    public boolean pasteable() {
        return this == JSON || this == MARKDOWN || this == TEXT || this == HTML;
    }
}
