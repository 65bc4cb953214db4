package org.redline.web.api;

import org.redline.diff.Diffs;
import org.redline.diff.VersionDiff;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents/{slug}/diff")
class DiffApi {

    static final MediaType TEXT_DIFF = MediaType.parseMediaType("text/x-diff");

    private final Diffs diffs;

    DiffApi(Diffs diffs) {
        this.diffs = diffs;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> diff(@PathVariable String slug, @RequestParam String from, @RequestParam String to,
            @RequestParam(required = false) String format) {
        if ("unified".equals(format)) {
            return unified(slug, from, to);
        }
        VersionDiff diff = diffs.between(slug, from, to);
        return ResponseEntity.ok(diff);
    }

    @GetMapping(produces = "text/x-diff")
    ResponseEntity<String> unified(@PathVariable String slug, @RequestParam String from, @RequestParam String to) {
        return ResponseEntity.ok().contentType(new MediaType(TEXT_DIFF, java.nio.charset.StandardCharsets.UTF_8))
                .body(diffs.unified(slug, from, to));
    }
}
