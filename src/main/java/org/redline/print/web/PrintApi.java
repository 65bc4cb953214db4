package org.redline.print.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.redline.print.internal.PrintFormat;
import org.redline.print.internal.Printed;
import org.redline.print.internal.Prints;
import org.redline.web.BadParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A comparison as a Word redline or a PDF, a version as Word or PDF: on the diff's and the version's own
 * addresses, chosen with {@code ?format=docx|pdf} or by the Accept header. Downloads, so attachments.
 * Any other format value lands here too (DiffApi keeps {@code unified}) and is refused, naming it.
 */
@Tag(name = "Print", description = "Comparisons as Word redlines (tracked changes) and PDFs; versions as Word and PDF")
@RestController
class PrintApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String DIFF = "/api/documents/{slug}/diff";
    private static final String VERSION = "/api/documents/{slug}/versions/{id}";

    private final Prints prints;

    PrintApi(Prints prints) {
        this.prints = prints;
    }

    @Operation(summary = "Diff two versions as a Word redline (format=docx) or a PDF (format=pdf)", description = """
            docx: every change is a tracked change (w:ins / w:del) by the editor who recorded the later version, \
            dated with that version's date, so Word and LibreOffice list them as revisions to accept or reject; \
            points added or removed are whole inserted or deleted paragraphs; renumbering, merges and splits are \
            said under the point. pdf: the comparison inline in the compare page's colours, laid out for print. \
            Both versions' metadata and sources head either file. Also by Accept: """ + DOCX + " or application/pdf.")
    @GetMapping(path = DIFF, params = {"format", "format!=unified"})
    ResponseEntity<byte[]> comparison(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(example = "1") @RequestParam String from, @Parameter(example = "2") @RequestParam String to,
            @Parameter(description = "docx or pdf", example = "docx") @RequestParam String format) {
        return download(prints.comparison(slug, from, to, named(format)));
    }

    @GetMapping(path = DIFF, produces = {DOCX, MediaType.APPLICATION_PDF_VALUE})
    ResponseEntity<byte[]> comparisonByAccept(@PathVariable String slug, @RequestParam String from, @RequestParam String to,
            @RequestHeader(HttpHeaders.ACCEPT) String accept) {
        return download(prints.comparison(slug, from, to, accepted(accept)));
    }

    @Operation(summary = "One version as a Word document (format=docx) or a PDF (format=pdf)",
            description = "Its metadata and sources, then its points. Also by Accept: " + DOCX + " or application/pdf.")
    @GetMapping(path = VERSION, params = "format")
    ResponseEntity<byte[]> version(@Parameter(example = "peace-plan") @PathVariable String slug,
            @Parameter(example = "2") @PathVariable String id,
            @Parameter(description = "docx or pdf", example = "pdf") @RequestParam String format) {
        return download(prints.version(slug, id, named(format)));
    }

    @GetMapping(path = VERSION, produces = {DOCX, MediaType.APPLICATION_PDF_VALUE})
    ResponseEntity<byte[]> versionByAccept(@PathVariable String slug, @PathVariable String id,
            @RequestHeader(HttpHeaders.ACCEPT) String accept) {
        return download(prints.version(slug, id, accepted(accept)));
    }

    private static PrintFormat named(String format) {
        var named = PrintFormat.named(format);
        if (named == null) {
            throw new BadParameter("format", "is docx or pdf here (unified for a diff); leave it out for JSON, not '" + format + "'");
        }
        return named;
    }

    /** The first of the two file types the Accept header names; Spring routed here because it names one. */
    private static PrintFormat accepted(String accept) {
        for (var type : MediaType.parseMediaTypes(accept)) {
            if (type.isCompatibleWith(MediaType.APPLICATION_PDF) && !type.isWildcardSubtype()) {
                return PrintFormat.PDF;
            }
            if (type.isCompatibleWith(MediaType.parseMediaType(DOCX)) && !type.isWildcardSubtype()) {
                return PrintFormat.DOCX;
            }
        }
        return PrintFormat.PDF;
    }

    private static ResponseEntity<byte[]> download(Printed printed) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(printed.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(printed.filename(), StandardCharsets.UTF_8).build().toString())
                .body(printed.body());
    }
}
