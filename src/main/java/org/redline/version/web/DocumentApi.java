package org.redline.version.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.redline.document.DocumentView;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.version.VersionSummary;
import org.redline.version.VersionTimeline;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@Tag(name = "Documents", description = "The live documents Redline tracks")
@RestController
@RequestMapping("/api/documents")
class DocumentApi {

    private final Documents documents;
    private final VersionTimeline versions;

    DocumentApi(Documents documents, VersionTimeline versions) {
        this.documents = documents;
        this.versions = versions;
    }

    record CreateDocument(String slug, String title, String description) {
    }

    @Operation(summary = "Create a document (editors)", description = "Body example: {\"slug\": \"gaza-plan\", \"title\": \"Gaza peace plan\"}. 201 with Location; 409 when the slug is taken; 422 naming the bad field.")
    @PostMapping
    ResponseEntity<DocumentView> create(@RequestBody CreateDocument request) {
        var created = documents.create(new NewDocument(request.slug(), request.title(), request.description()));
        return ResponseEntity.created(URI.create("/api/documents/" + created.slug())).body(created);
    }

    @Operation(summary = "List documents")
    @GetMapping
    List<DocumentView> all() {
        return documents.all();
    }

    /** A document with its latest version; its ETag is the one writes send back in If-Match. */
    @Operation(summary = "One document with its latest version", description = "The ETag (\"v3\") names the latest version; send it back in If-Match to record.")
    @GetMapping("/{slug}")
    ResponseEntity<DocumentWithLatest> one(@Parameter(example = "peace-plan") @PathVariable String slug, WebRequest request) {
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
