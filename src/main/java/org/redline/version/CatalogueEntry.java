package org.redline.version;

import org.redline.document.DocumentView;

/** A document with its latest version; {@code latest} is null while it has none. */
public record CatalogueEntry(DocumentView document, VersionSummary latest) {
}
