package org.redline.version;

/**
 * How much of a version is known, beside its points: its kind, the point count reports give it, and
 * whether its existence, identity or derivation is uncertain (the sources conflict or are thin).
 *
 * @param reportedPointCount the number of points reports say the draft has ("now 22 points"); null when none is reported
 */
public record Knowledge(VersionKind kind, Integer reportedPointCount, boolean uncertain) {

    /** A version whose text is known, no count reported beside it, nothing marked uncertain. */
    public static final Knowledge TEXT = new Knowledge(VersionKind.TEXT, null, false);

    public Knowledge {
        kind = kind == null ? VersionKind.TEXT : kind;
        if (reportedPointCount != null && (reportedPointCount < 1 || reportedPointCount > Draft.MAX_POINTS)) {
            throw new DraftRejected("reportedPointCount", "must be between 1 and " + Draft.MAX_POINTS + ", got " + reportedPointCount);
        }
    }

    public boolean reportedOnly() {
        return kind == VersionKind.REPORTED_ONLY;
    }
}
