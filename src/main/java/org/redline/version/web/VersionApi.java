package org.redline.version.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import org.redline.version.MetadataCorrections;
import org.redline.version.VersionListPage;
import org.redline.version.VersionSummary;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionPointsPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@Tag(name = "Versions", description = "Record drafts as immutable versions; read the timeline")
@RestController
@RequestMapping("/api/documents/{slug}/versions")
class VersionApi {

    private final VersionTimeline versions;
    private final MetadataCorrections corrections;

    VersionApi(VersionTimeline versions, MetadataCorrections corrections) {
        this.versions = versions;
        this.corrections = corrections;
    }

    /** The timeline carries the document's ETag; a client that has it gets 304 until a version is recorded. */
    @Operation(summary = "The timeline, oldest first", description = "Each version with dates, status, partial, derivedFrom, sources, recorder and change counts against its parent. ETag names the latest version; 304 on If-None-Match.")
    @GetMapping
    ResponseEntity<VersionListPage> timeline(@Parameter(example = "peace-plan") @PathVariable String slug,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, WebRequest request) {
        var etag = Preconditions.etag(versions.latest(slug));
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).body(versions.timeline(slug, page, size));
    }

    @Operation(summary = "One version with its points", description = "By number (2) or ref (e3-counter-2025-11-23). "
            + "Points come a page at a time (page, size: 1,000 unless given, at most 5,000), with totalPoints and totalPages.")
    @GetMapping("/{id}")
    VersionPointsPage one(@Parameter(example = "peace-plan") @PathVariable String slug, @Parameter(example = "2") @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(5000) int size) {
        return versions.pointsPage(slug, id, page, size);
    }

    /**
     * Corrects a version's metadata: the fields in the body (label, draftDate, reportedDate, status,
     * sources, note) and a required reason, logged by Javers with the editor as author. Like every write,
     * it needs If-Match with the document's ETag (or *).
     */
    @Operation(summary = "Correct a version's metadata (editors)", description = """
            Body example: {"label": "E3 counter-proposal (Reuters text)", "reportedDate": "2025-11-24", \
            "reason": "Reuters published the text a day later"}. Fields given are set, null clears; label, draftDate, \
            reportedDate, status, sources and note may be corrected, never the points (a content correction is a new \
            version). reason is required. Needs If-Match like every write.""")
    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    VersionSummary correct(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(example = "2") @PathVariable String id, @RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal editor) {
        var patch = MetadataPatch.read(body);
        return corrections.correctMetadata(slug, id, patch.correction(), patch.reason(), editor.getName(),
                Preconditions.fromIfMatch(ifMatch));
    }
}
