package org.redline.version;

/** One point in one version: {@code point} is null when that version does not hold the key at all. */
public record PointAcrossVersions(VersionSummary version, PointView point) {
}
