package org.redline.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import org.redline.importing.DraftImport;
import org.redline.importing.DraftUpload;
import org.redline.version.RecordedVersion;
import org.redline.version.VersionPage;
import org.redline.version.VersionView;
import org.redline.version.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
            @RequestParam MultiValueMap<String, String> metadata, Principal editor) {
        var recorded = drafts.record(slug, new DraftUpload(body, contentType, null, metadata), Editors.name(editor));
        return ResponseEntity.created(URI.create("/api/documents/" + slug + "/versions/" + recorded.version().number()))
                .body(recorded);
    }

    @GetMapping
    VersionPage timeline(@PathVariable String slug,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return versions.timeline(slug, page, size);
    }

    @GetMapping("/{id}")
    VersionView one(@PathVariable String slug, @PathVariable String id) {
        return versions.get(slug, id);
    }
}
