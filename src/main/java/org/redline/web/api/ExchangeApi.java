package org.redline.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.redline.exchange.Exchange;
import org.redline.exchange.HistoryFile;
import org.redline.exchange.MatrixRow;
import org.redline.feed.Feeds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Data out (matrix, Markdown, whole history, Atom feed) and a whole history back in. */
@RestController
class ExchangeApi {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final Exchange exchange;
    private final Feeds feeds;

    ExchangeApi(Exchange exchange, Feeds feeds) {
        this.exchange = exchange;
        this.feeds = feeds;
    }

    @GetMapping("/api/documents/{slug}/export/matrix.csv")
    void matrixCsv(@PathVariable String slug, HttpServletResponse response) throws IOException {
        var rows = new java.io.StringWriter();
        exchange.matrixCsv(slug, rows);
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-matrix.csv\"");
        response.getOutputStream().write(rows.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/documents/{slug}/export/matrix.json")
    List<MatrixRow> matrixJson(@PathVariable String slug) {
        return exchange.matrix(slug);
    }

    @GetMapping("/api/documents/{slug}/versions/{id}/markdown")
    ResponseEntity<String> markdown(@PathVariable String slug, @PathVariable String id) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(exchange.markdown(slug, id));
    }

    @GetMapping("/api/documents/{slug}/export")
    ResponseEntity<HistoryFile> history(@PathVariable String slug) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-history.json\"")
                .body(exchange.export(slug));
    }

    /** Editors only: recreates an exported document in this instance (the slug must be free). */
    @PostMapping("/api/documents/import")
    ResponseEntity<Void> importHistory(@RequestBody HistoryFile file) {
        var slug = exchange.importHistory(file);
        return ResponseEntity.created(URI.create("/api/documents/" + slug)).build();
    }

    @GetMapping("/api/documents/{slug}/feed")
    ResponseEntity<String> feed(@PathVariable String slug) {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(ATOM).body(feeds.atom(slug, base));
    }
}
