package org.redline.version.web;

import java.util.List;
import org.redline.version.VersionStatus;
import org.redline.version.VersionSummary;

/** The metadata correction page's model: the version as stored, the form's values, and any problem. */
public record MetadataPage(String slug, VersionSummary version, MetadataForm form, FormProblem problem) {

    public List<String> statuses() {
        return java.util.Arrays.stream(VersionStatus.values()).map(VersionStatus::code).toList();
    }
}
