package org.redline.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import org.redline.importing.DraftFormat;
import org.redline.importing.DraftImport;
import org.redline.version.RecordedVersion;
import org.redline.version.VersionPage;
import org.redline.version.VersionSummary;
import org.redline.version.VersionView;
import org.redline.version.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/documents/{slug}/versions")
class VersionApi {

    private final DraftImport drafts;
    private final Versions versions;

    VersionApi(DraftImport drafts, Versions versions) {
        this.drafts = drafts;
        this.versions = versions;
    }

    @PostMapping
    ResponseEntity<RecordedVersion> record(@PathVariable String slug, @RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        var format = DraftFormat.forMediaType(contentType);
        var recorded = drafts.record(slug, body, format, Preconditions.fromIfMatch(ifMatch), editor.getName());
        return ResponseEntity.created(URI.create("/api/documents/" + slug + "/versions/" + recorded.version().number()))
                .eTag(Preconditions.etag(java.util.Optional.of(recorded.version())))
                .body(recorded);
    }

    /** The timeline carries the document's ETag; a client that has it gets 304 until a version is recorded. */
    @GetMapping
    ResponseEntity<VersionPage> timeline(@PathVariable String slug,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, WebRequest request) {
        var etag = Preconditions.etag(versions.latest(slug));
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(versions.timeline(slug, page, size));
    }

    @GetMapping("/{id}")
    VersionView one(@PathVariable String slug, @PathVariable String id) {
        return versions.get(slug, id);
    }

    /**
     * Corrects a version's metadata: the fields in the body (label, draftDate, reportedDate, status,
     * sources, note) and a required reason, logged by Javers with the editor as author. Like every write,
     * it needs If-Match with the document's ETag (or *).
     */
    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    VersionSummary correct(@PathVariable String slug, @PathVariable String id, @RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        var patch = MetadataPatch.read(body);
        return versions.correctMetadata(slug, id, patch.correction(), patch.reason(), editor.getName(),
                Preconditions.fromIfMatch(ifMatch));
    }
}
