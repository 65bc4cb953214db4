package org.redline.print.internal;

import java.util.Locale;

/** The printed forms a comparison or a version comes in. */
public enum PrintFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    PrintFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code docx} or {@code pdf} (any case), or null for another name. */
    public static PrintFormat named(String name) {
        for (var format : values()) {
            if (format.extension.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
