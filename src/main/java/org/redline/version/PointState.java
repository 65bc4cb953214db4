package org.redline.version;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a point stands in one version, as a reader follows it across versions: the draft gives it
 * ({@code stated}), a partial draft is silent about it ({@code unknown}), it was dropped
 * ({@code removed}), or the version does not hold it at all ({@code absent}).
 */
public enum PointState {
    STATED, UNKNOWN, REMOVED, ABSENT;

    /** The state of a version's row for the point; null when the version has no row for it. */
    public static PointState of(PointView point) {
        if (point == null) {
            return ABSENT;
        }
        return switch (point.status()) {
            case UNKNOWN -> UNKNOWN;
            case REMOVED -> REMOVED;
            default -> STATED;
        };
    }

    /** As the API writes it and pages style it: {@code stated}, {@code unknown}... */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
