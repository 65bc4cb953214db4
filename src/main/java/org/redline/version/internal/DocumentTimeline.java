package org.redline.version.internal;

import java.util.List;
import org.redline.document.DocumentView;
import org.redline.version.VersionSummary;

/**
 * A document and one page of its versions, oldest first, each with its points counted by status.
 *
 * @param page this page, from 0 (the newest versions) back
 * @param pages how many pages the document's versions fill (at least 1)
 * @param totalVersions how many versions the document has
 */
public record DocumentTimeline(DocumentView document, List<Entry> versions, int page, int pages, int totalVersions) {

    public DocumentTimeline {
        versions = List.copyOf(versions);
    }

    public boolean hasOlder() {
        return page < pages - 1;
    }

    public boolean hasNewer() {
        return page > 0;
    }

    public record Entry(VersionSummary version, PointTally points) {
    }
}
