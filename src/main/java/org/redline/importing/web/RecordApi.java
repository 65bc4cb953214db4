package org.redline.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import org.redline.importing.DraftImport;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.RecordedVersion;
import org.redline.version.web.Preconditions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records a draft sent as the request body (any format the import reads, by its Content-Type; metadata
 * as query parameters): it is parsed, aligned and recorded in one place, as uploads and the editor are.
 */
@Tag(name = "Versions", description = "Record drafts as immutable versions; read the timeline")
@RestController
@RequestMapping("/api/documents/{slug}/versions")
class RecordApi {

    private final DraftImport drafts;

    RecordApi(DraftImport drafts) {
        this.drafts = drafts;
    }

    @Operation(summary = "Record a draft as the next version (editors)", description = """
            The body is a draft in the JSON format of shared/drafts, e.g. {"id": "e3-counter-2025-11-23", "label": "E3 \
            counter-proposal", "draftDate": "2025-11-23", "status": "leaked", "partial": true, "derivedFrom": \
            "us-28pt-2025-11-20", "sources": [{"outlet": "Reuters", "url": "https://..."}], "points": [{"number": 6, \
            "category": "Military Limits", "text": "Armed forces capped at 800,000 in peacetime."}]}. Needs If-Match with \
            the document's ETag ("v3") or *: 428 without, 412 when stale. 201 with Location and what changed against the \
            base; 409 for a used ref or content identical to a version; 422 naming the field or line at fault.""")
    @PostMapping
    ResponseEntity<RecordedVersion> record(@Parameter(example = "peace-plan") @PathVariable String slug,
            @RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam MultiValueMap<String, String> metadata, Principal editor) {
        var upload = new DraftUpload(body, contentType, null, metadata);
        var recorded = drafts.record(slug, upload, Preconditions.fromIfMatch(ifMatch), editor.getName());
        return ResponseEntity.created(URI.create("/api/documents/" + slug + "/versions/" + recorded.version().number()))
                .eTag(Preconditions.etag(java.util.Optional.of(recorded.version())))
                .body(recorded);
    }
}
