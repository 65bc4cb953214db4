package org.redline.history.internal;

import java.time.Instant;

/**
 * One field-level change from the audit log.
 *
 * @param kind {@code point-added} (first time Javers saw the point), {@code initial} (a field's first
 *     value), {@code changed}, or {@code metadata} (a version's metadata field)
 * @param field the property that changed; null for {@code point-added}
 */
public record AuditChange(
        String key, String kind, String field, Object before, Object after,
        String author, Instant at, Integer version, String ref, String reason) {
}
