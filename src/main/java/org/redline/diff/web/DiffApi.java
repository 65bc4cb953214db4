package org.redline.diff.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.redline.diff.DiffPage;
import org.redline.diff.Diffs;
import org.redline.diff.PointDiff;
import org.redline.diff.LookThrough;
import org.redline.version.ChangeCounts;
import org.redline.version.VersionLink;
import org.redline.web.BadParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Diffs between two versions. Versions never change and a version number or ref, once it exists, always
 * names the same version, so a diff's representation is immutable: it is computed once, kept in memory
 * as bytes with a strong ETag, and served with {@code Cache-Control: immutable} and 304 on revalidation.
 * The JSON names the two versions by number and ref only (metadata can be corrected; content cannot).
 */
@Tag(name = "Diff", description = "Any two versions, either order, across branches")
@RestController
@RequestMapping("/api/documents/{slug}/diff")
class DiffApi {

    static final MediaType TEXT_DIFF = new MediaType("text", "x-diff", StandardCharsets.UTF_8);
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Diffs diffs;
    private final JsonMapper json;
    private final Cache<String, Rendered> rendered;

    DiffApi(Diffs diffs, JsonMapper json, @Value("${redline.diff-cache.max-bytes:67108864}") long maxBytes) {
        this.diffs = diffs;
        this.json = json;
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Rendered value) -> value.body().length + key.length())
                .build();
    }

    /** Points one page of a diff holds unless asked otherwise: every point of any ordinary document. */
    static final int DEFAULT_SIZE = 1_000;
    /** Most points one page of a diff holds. */
    static final int MAX_SIZE = 5_000;

    /**
     * What the API says of a diff: the versions by number and ref, the counts (of every point) and the
     * page's points, and where a side known only from reports was looked through to a version with text.
     *
     * @param filter {@code all}, or {@code changed} when unchanged points were left out before paging
     * @param totalPoints the points to page through (all, or the changed ones)
     */
    record ApiDiff(String document, VersionLink from, VersionLink to, ChangeCounts counts, List<PointDiff> points,
            List<LookThrough> lookThrough, String filter, int page, int size, int totalPoints, int totalPages) {
        static ApiDiff of(DiffPage page) {
            var diff = page.diff();
            return new ApiDiff(diff.document(), diff.from().link(), diff.to().link(), diff.counts(), diff.points(),
                    diff.lookThrough(), page.changedOnly() ? "changed" : "all", page.page(), page.size(), page.matching(),
                    page.totalPages());
        }
    }

    private record Rendered(byte[] body, String etag, MediaType type) {
    }

    @Operation(summary = "Diff two versions", description = "Per point: change (added, removed, modified, renumbered, unchanged, unknown), "
            + "the fields that changed with before and after, and a word-level diff as segments. Example: from=1&to=2 shows "
            + "Military Limits modified (600,000 deleted, 800,000 in peacetime inserted). format=unified or Accept: text/x-diff "
            + "gives a unified text diff. Points come a page at a time (page, size: 1,000 points unless given, at most 5,000; "
            + "filter=changed leaves out unchanged points first); counts cover every point. Immutable: ETag, Cache-Control immutable, 304 on If-None-Match.")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> diff(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(description = "version number or ref", example = "1") @RequestParam String from,
            @Parameter(description = "version number or ref", example = "e3-counter-2025-11-23") @RequestParam String to,
            @Parameter(description = "unified for a text diff", example = "unified") @RequestParam(required = false) String format,
            @Parameter(description = "all (default) or changed: leave out unchanged points", example = "changed") @RequestParam(defaultValue = "all") String filter,
            @Parameter(description = "page of points, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "points a page, 1,000 unless given, at most 5,000") @RequestParam(defaultValue = "1000") @Min(1) @Max(MAX_SIZE) int size,
            WebRequest request) {
        if ("unified".equals(format)) {
            return unified(slug, from, to, request);
        }
        if (format != null) {
            throw new BadParameter("format", "is unified, docx or pdf; leave it out for JSON");
        }
        if (!filter.equals("all") && !filter.equals("changed")) {
            throw new BadParameter("filter", "is all or changed");
        }
        return respond(rendered.get(String.join("\u0000", slug, from, to, "json", filter, Integer.toString(page), Integer.toString(size)),
                key -> render(json.writeValueAsBytes(ApiDiff.of(diffs.page(slug, from, to, filter.equals("changed"), page, size))),
                        MediaType.APPLICATION_JSON)),
                request);
    }

    @Operation(summary = "Diff two versions as a unified text diff (Accept: text/x-diff)")
    @GetMapping(produces = "text/x-diff")
    ResponseEntity<byte[]> unified(@PathVariable String slug, @RequestParam String from, @RequestParam String to,
            WebRequest request) {
        return respond(rendered.get(slug + "\u0000" + from + "\u0000" + to + "\u0000unified",
                key -> render(diffs.unified(slug, from, to).getBytes(StandardCharsets.UTF_8), TEXT_DIFF)),
                request);
    }

    private static ResponseEntity<byte[]> respond(Rendered diff, WebRequest request) {
        if (request.checkNotModified(diff.etag())) {
            return ResponseEntity.status(304).eTag(diff.etag()).cacheControl(FOREVER).build();
        }
        return ResponseEntity.ok().contentType(diff.type()).eTag(diff.etag()).cacheControl(FOREVER).body(diff.body());
    }

    private static Rendered render(byte[] body, MediaType type) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new Rendered(body, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"", type);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
