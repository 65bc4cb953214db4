package org.redline.version;

import java.util.List;

/** What recording a draft produced: the new version and how each point changed against its base. */
public record RecordedVersion(String document, VersionSummary version, List<PointChange> changes) {

    /**
     * One point's change class against the base; unchanged points are left out. {@code mergedFrom} and
     * {@code splitFrom} carry the point's merge or split, so the answer to a recording shows them too.
     */
    public record PointChange(String key, String number, String category, ChangeKind change,
            List<String> mergedFrom, String splitFrom) {
    }
}
