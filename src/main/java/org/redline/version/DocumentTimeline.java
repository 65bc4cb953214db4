package org.redline.version;

import java.util.List;
import org.redline.document.DocumentView;

/** A document and every version of it, oldest first, each with its points counted by status. */
public record DocumentTimeline(DocumentView document, List<Entry> versions) {

    public DocumentTimeline {
        versions = List.copyOf(versions);
    }

    public record Entry(VersionSummary version, PointTally points) {
    }
}
