package org.redline.version.internal;

import org.redline.document.DocumentView;
import org.redline.version.VersionSummary;

/** A document with its latest version; {@code latest} is null while it has none. */
public record CatalogueEntry(DocumentView document, VersionSummary latest) {
}
