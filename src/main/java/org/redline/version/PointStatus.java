package org.redline.version;

import java.util.Locale;

/**
 * A point's standing in one version. {@code UNKNOWN} is never given by a draft: it marks a point of
 * the base that a partial draft does not mention.
 */
public enum PointStatus {
    AGREED, BRACKETED, REMOVED, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean live() {
        return this == AGREED || this == BRACKETED;
    }

    /** Parses a status a draft may carry (not {@code unknown}). */
    public static PointStatus parseDraftStatus(String code) {
        for (var status : new PointStatus[] {AGREED, BRACKETED, REMOVED}) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("expected one of agreed, bracketed, removed; got '" + code + "'");
    }
}
