package org.redline.diff;

import java.util.List;
import org.redline.version.ChangeCounts;
import org.redline.version.VersionSummary;

/**
 * The difference between any two versions of a document, point by point, in reading order. When a side
 * is known only from reports, {@code from}/{@code to} are the versions with text compared in its place,
 * and {@code lookThrough} says so.
 */
public record VersionDiff(String document, VersionSummary from, VersionSummary to, ChangeCounts counts,
        List<PointDiff> points, List<LookThrough> lookThrough) {

    public VersionDiff {
        lookThrough = lookThrough == null ? List.of() : List.copyOf(lookThrough);
    }

    public VersionDiff(String document, VersionSummary from, VersionSummary to, ChangeCounts counts, List<PointDiff> points) {
        this(document, from, to, counts, points, List.of());
    }

    VersionDiff lookingThrough(List<LookThrough> notes) {
        return notes.isEmpty() ? this : new VersionDiff(document, from, to, counts, points, notes);
    }
}
