package org.redline.version;

import java.util.List;

/** One page of a document's timeline, oldest first. */
public record VersionListPage(List<VersionSummary> items, int page, int size, long totalItems, int totalPages) {
}
