package org.redline.version;

import java.util.Locale;

/** The class of change of one point between two versions. */
public enum ChangeKind {
    ADDED, REMOVED, MODIFIED, RENUMBERED, UNCHANGED, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
