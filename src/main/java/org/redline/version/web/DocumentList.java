package org.redline.version.web;

import java.util.List;
import org.redline.version.internal.CatalogueEntry;
import org.redline.version.VersionTimeline;
import org.redline.web.Pager;
import org.springframework.web.util.UriComponentsBuilder;

/** A page of the documents with their latest versions, for the home page and the editor's: 50 a page. */
public record DocumentList(List<CatalogueEntry> entries, Pager pager) {

    static final int PAGE_SIZE = 50;

    /** @param path the page listing them, which the pager's links point to with {@code ?page=} */
    public static DocumentList of(VersionTimeline versions, Integer page, String path) {
        var request = Pager.Request.of(page, PAGE_SIZE);
        var catalogue = versions.catalogue(request.page(), request.size());
        var pager = Pager.of(request, (int) Math.min(Integer.MAX_VALUE, catalogue.totalDocuments()),
                p -> UriComponentsBuilder.fromPath(path).queryParam("page", p).build().toUriString());
        return new DocumentList(catalogue.entries(), pager);
    }
}
