package org.redline.feed.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.redline.feed.internal.Feeds;
import org.redline.web.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A document's versions as an Atom feed; its links start at the public URL, never at the request's Host. */
@Tag(name = "Exports and feed", description = "Data out for analysis, a whole history out and back in, Atom")
@RestController
class FeedApi {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Feeds feeds;
    private final PublicUrl publicUrl;

    FeedApi(Feeds feeds, PublicUrl publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    @Operation(summary = "Atom feed of the document's versions", description = "Newest first, each with its change summary and links to the version and the comparison with its parent.")
    @GetMapping("/api/documents/{slug}/feed")
    ResponseEntity<String> feed(@Parameter(example = "peace-plan") @PathVariable String slug) {
        return ResponseEntity.ok().contentType(ATOM).body(feeds.atom(slug, publicUrl.base()));
    }
}
