package org.redline.importing.web;

import java.security.Principal;
import java.util.List;
import org.redline.alignment.Match;
import org.redline.diff.Diffs;
import org.redline.diff.PointDiff;
import org.redline.importing.DraftImport;
import org.redline.importing.internal.DraftPreview;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.ChangeCounts;
import org.redline.version.Draft;
import org.redline.version.VersionSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST .../versions?dryRun=true}: what recording the draft would do (parsed draft, proposed
 * alignment with scores and reasons, diff against the base), storing nothing. Same body, headers and
 * parameters as recording, so the editor fixes a match ({@code keys=4:military-limits,9:new}) and
 * sends the same request again without {@code dryRun}.
 */
@RestController
@RequestMapping("/api/documents/{slug}/versions")
class PreviewApi {

    private final DraftImport drafts;
    private final Diffs diffs;

    PreviewApi(DraftImport drafts, Diffs diffs) {
        this.drafts = drafts;
        this.diffs = diffs;
    }

    /**
     * @param version the version the draft would become (its number is the next one, not reserved)
     * @param base the version it was aligned against and is diffed with; null for a first draft
     * @param diff each point against the base, renumbered, merged and split points included; empty without a base
     * @param notes what reading the file noticed, such as tracked changes read as accepted; empty for most drafts
     */
    record PreviewResponse(boolean stored, String format, VersionSummary version, VersionSummary base, Draft draft,
            List<Match> alignment, ChangeCounts changes, List<PointDiff> diff, List<String> notes) {
    }

    @PostMapping(params = "dryRun=true")
    PreviewResponse preview(@PathVariable String slug, @RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam MultiValueMap<String, String> metadata, Principal editor) {
        return respond(drafts.preview(slug, new DraftUpload(body, contentType, null, metadata), editor.getName()));
    }

    @PostMapping(params = "dryRun=true", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PreviewResponse previewFile(@PathVariable String slug, @RequestPart("file") MultipartFile file,
            @RequestParam MultiValueMap<String, String> metadata, Principal editor) {
        return respond(drafts.preview(slug, UploadApi.upload(file, metadata), editor.getName()));
    }

    private PreviewResponse respond(DraftPreview preview) {
        var proposed = preview.proposed();
        var diff = preview.base() == null ? List.<PointDiff>of() : diffs.between(preview.base(), proposed).points();
        return new PreviewResponse(false, preview.format().code(), proposed.summary(),
                preview.base() == null ? null : preview.base().summary(), preview.draft(), preview.alignment(),
                proposed.summary().changes(), diff, preview.notes());
    }
}
