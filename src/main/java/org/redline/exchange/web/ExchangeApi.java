package org.redline.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.redline.exchange.internal.Exchange;
import org.redline.exchange.internal.HistoryFile;
import org.redline.exchange.internal.MatrixRow;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Data out (matrix, Markdown, whole history) and a whole history back in; the Atom feed is the feed module's. */
@Tag(name = "Exports and feed", description = "Data out for analysis, a whole history out and back in, Atom")
@RestController
class ExchangeApi {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Exchange exchange;

    ExchangeApi(Exchange exchange) {
        this.exchange = exchange;
    }

    @Operation(summary = "Point x version matrix as CSV", description = "One row per point key and version: document, key, version, version_ref, dates, version_status, partial, number, category, status (absent where the version lacks the key), text.")
    @GetMapping("/api/documents/{slug}/export/matrix.csv")
    void matrixCsv(@Parameter(example = "peace-plan") @PathVariable String slug, HttpServletResponse response) throws IOException {
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-matrix.csv\"");
        exchange.matrixCsv(slug, response.getWriter()); // streamed: rows are written as they are made
    }

    @Operation(summary = "Point x version matrix as JSON (same rows as the CSV)")
    @GetMapping("/api/documents/{slug}/export/matrix.json")
    Stream<MatrixRow> matrixJson(@Parameter(example = "peace-plan") @PathVariable String slug) {
        return exchange.matrix(slug); // written as a JSON array row by row as the stream is read
    }

    @Operation(summary = "One version as a Markdown table")
    @GetMapping("/api/documents/{slug}/versions/{id}/markdown")
    ResponseEntity<String> markdown(@Parameter(example = "peace-plan") @PathVariable String slug, @Parameter(example = "1") @PathVariable String id) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(exchange.markdown(slug, id));
    }

    @Operation(summary = "The whole document history as one JSON file", description = "Import it into an empty instance with POST /api/documents/import to reproduce the timeline and diffs exactly.")
    @GetMapping("/api/documents/{slug}/export")
    ResponseEntity<HistoryFile> history(@Parameter(example = "peace-plan") @PathVariable String slug) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-history.json\"")
                .body(exchange.export(slug));
    }

    /** Editors only: recreates an exported document in this instance (the slug must be free). */
    @Operation(summary = "Import a whole history (editors)", description = "The body is the file GET /api/documents/{slug}/export gives. All or nothing; 409 when the slug exists; 422 naming the version and point at fault. The signed-in editor records every version; the file's recordedBy/recordedAt are kept as each version's 'imported' provenance.")
    @PostMapping("/api/documents/import")
    ResponseEntity<Void> importHistory(@RequestBody HistoryFile file, java.security.Principal editor) {
        var slug = exchange.importHistory(file, editor.getName());
        return ResponseEntity.created(URI.create("/api/documents/" + slug)).build();
    }
}
