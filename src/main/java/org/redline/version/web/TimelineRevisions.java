package org.redline.version.web;

import java.util.OptionalLong;
import org.redline.version.VersionTimeline;
import org.redline.web.DocumentRevisions;
import org.springframework.stereotype.Component;

/** The revisions read caching validates against: each document's, as its timeline keeps it. */
@Component
class TimelineRevisions implements DocumentRevisions {

    private final VersionTimeline versions;

    TimelineRevisions(VersionTimeline versions) {
        this.versions = versions;
    }

    @Override
    public OptionalLong revision(String slug) {
        return versions.revision(slug);
    }
}
