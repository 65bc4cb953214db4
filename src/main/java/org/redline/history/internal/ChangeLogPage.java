package org.redline.history.internal;

import java.util.List;

/**
 * A page of the change log, newest first. Pages are cut by point state (one point in one version),
 * so a page holds every field change of the point states it covers.
 */
public record ChangeLogPage(List<AuditChange> items, int page, int size, boolean hasNext) {
}
