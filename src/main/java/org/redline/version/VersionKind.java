package org.redline.version;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What is known of a version: its text ({@code TEXT}, whole or partial), or only what reports said of
 * it ({@code REPORTED_ONLY}: a point count, some reported changes, never a text of its own).
 */
public enum VersionKind {
    TEXT, REPORTED_ONLY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static VersionKind parse(String code) {
        for (var kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("expected one of text, reported-only; got '" + code + "'");
    }
}
