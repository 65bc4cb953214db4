package org.redline.version.internal;

import java.util.List;
import org.redline.version.VersionSummary;

/** One page of a document's timeline, oldest first. */
public record VersionListPage(List<VersionSummary> items, int page, int size, long totalItems, int totalPages) {
}
