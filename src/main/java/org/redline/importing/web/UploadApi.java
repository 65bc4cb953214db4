package org.redline.importing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import org.redline.importing.DraftImport;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.RecordedVersion;
import org.redline.version.web.Preconditions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Records a draft uploaded as a file ({@code multipart/form-data}, part {@code file}); the other form
 * fields are its metadata, as query parameters are for a raw body. The file's format comes from its
 * part's Content-Type, else its name's extension, else its content.
 */
@RestController
@RequestMapping("/api/documents/{slug}/versions")
class UploadApi {

    private final DraftImport drafts;

    UploadApi(DraftImport drafts) {
        this.drafts = drafts;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RecordedVersion> record(@PathVariable String slug, @RequestPart("file") MultipartFile file,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam MultiValueMap<String, String> metadata, Principal editor) {
        var recorded = drafts.record(slug, upload(file, metadata), Preconditions.fromIfMatch(ifMatch), editor.getName());
        return ResponseEntity.created(URI.create("/api/documents/" + slug + "/versions/" + recorded.version().number()))
                .eTag(Preconditions.etag(recorded.version().number()))
                .body(recorded);
    }

    static DraftUpload upload(MultipartFile file, MultiValueMap<String, String> metadata) {
        try {
            return new DraftUpload(file.getBytes(), file.getContentType(), file.getOriginalFilename(), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }
}
