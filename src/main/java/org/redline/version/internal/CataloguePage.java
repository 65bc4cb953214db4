package org.redline.version.internal;

import java.util.List;

/** One page of the documents, each with its latest version. */
public record CataloguePage(List<CatalogueEntry> entries, int page, int size, long totalDocuments, int totalPages) {

    public CataloguePage {
        entries = List.copyOf(entries);
    }
}
