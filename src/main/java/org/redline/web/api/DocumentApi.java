package org.redline.web.api;

import java.net.URI;
import java.util.List;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.version.VersionSummary;
import org.redline.version.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/documents")
class DocumentApi {

    private final Documents documents;
    private final Versions versions;

    DocumentApi(Documents documents, Versions versions) {
        this.documents = documents;
        this.versions = versions;
    }

    record CreateDocument(String slug, String title, String description) {
    }

    @PostMapping
    ResponseEntity<DocumentView> create(@RequestBody CreateDocument request) {
        var created = documents.create(new NewDocument(request.slug(), request.title(), request.description()));
        return ResponseEntity.created(URI.create("/api/documents/" + created.slug())).body(created);
    }

    @GetMapping
    List<DocumentView> all() {
        return documents.all();
    }

    /** A document with its latest version; its ETag is the one writes send back in If-Match. */
    @GetMapping("/{slug}")
    ResponseEntity<DocumentWithLatest> one(@PathVariable String slug, WebRequest request) {
        var document = documents.get(slug);
        var latest = versions.latest(slug);
        var etag = Preconditions.etag(latest);
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(new DocumentWithLatest(document, latest.orElse(null)));
    }

    record DocumentWithLatest(
            @com.fasterxml.jackson.annotation.JsonUnwrapped DocumentView document, VersionSummary latestVersion) {
    }
}
