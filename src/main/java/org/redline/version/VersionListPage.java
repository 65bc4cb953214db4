package org.redline.version;

import java.util.List;
import org.redline.version.VersionListPage;

/** One page of a document's timeline, oldest first. */
public record VersionListPage(List<VersionSummary> items, int page, int size, long totalItems, int totalPages) {
}
