package org.redline.document;

import java.time.Instant;

public record DocumentView(long id, String slug, String title, String description, Instant createdAt) {
}
