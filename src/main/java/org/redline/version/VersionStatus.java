package org.redline.version;

import java.util.Locale;

/** How a draft became known: leaked text, reported by outlets, or officially published. */
public enum VersionStatus {
    LEAKED, REPORTED, OFFICIAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionStatus parse(String code) {
        for (var status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("expected one of leaked, reported, official; got '" + code + "'");
    }
}
