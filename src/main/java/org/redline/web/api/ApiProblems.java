package org.redline.web.api;

import java.net.URI;
import org.redline.document.DocumentBusy;
import org.redline.document.DocumentExists;
import org.redline.document.DocumentNotFound;
import org.redline.dossier.DossierNotFound;
import org.redline.dossier.InvalidLink;
import org.redline.document.InvalidDocument;
import org.redline.history.PointNotFound;
import org.redline.importing.UnsupportedDraftFormat;
import org.redline.version.DraftRejected;
import org.redline.version.DuplicateContent;
import org.redline.version.DuplicateRef;
import org.redline.version.InvalidCorrection;
import org.redline.version.LatestVersionMoved;
import org.redline.version.VersionNotFound;
import org.redline.version.web.Preconditions;
import org.redline.web.BadParameter;
import org.redline.web.RequestSizeLimit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps the domain's errors to RFC 9457 problem details, once, for the whole API. Spring's own
 * request errors (missing parameter, unreadable body, wrong type) come through the base class.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail draftRejected(DraftRejected e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "draft-rejected", "Draft rejected", e.getMessage());
        problem.setProperty("where", e.where());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidCorrection(InvalidCorrection e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-correction", "Correction refused", e.getMessage());
        problem.setProperty("where", e.where());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidDocument(InvalidDocument e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-document", "Invalid document", e.getMessage());
        problem.setProperty("where", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail dossierNotFound(DossierNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "dossier-not-found", "Dossier not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidLink(InvalidLink e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-link", "Link refused", e.getMessage());
        problem.setProperty("where", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail documentNotFound(DocumentNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "document-not-found", "Document not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail versionNotFound(VersionNotFound e) {
        var problem = problem(HttpStatus.NOT_FOUND, "version-not-found", "Version not found", e.getMessage());
        problem.setProperty("where", e.id());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail pointNotFound(PointNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "point-not-found", "Point not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail duplicateRef(DuplicateRef e) {
        var problem = problem(HttpStatus.CONFLICT, "duplicate-ref", "Ref already used", e.getMessage());
        problem.setProperty("where", "id");
        problem.setProperty("existing", e.existing());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail documentExists(DocumentExists e) {
        var problem = problem(HttpStatus.CONFLICT, "document-exists", "Document exists", e.getMessage());
        problem.setProperty("where", "slug");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unsupportedFormat(UnsupportedDraftFormat e) {
        var problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format", "Unsupported draft format", e.getMessage());
        problem.setProperty("where", "Content-Type");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> latestMoved(LatestVersionMoved e) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "latest-version-moved", "The document has moved on", e.getMessage());
        problem.setProperty("where", "If-Match");
        problem.setProperty("current", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(Preconditions.etag(e.current() == null ? 0 : e.current().number()))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail preconditionRequired(Preconditions.PreconditionRequired e) {
        var problem = problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required", e.getMessage());
        problem.setProperty("where", "If-Match");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail malformedIfMatch(Preconditions.MalformedIfMatch e) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "malformed-if-match", "If-Match names no version", e.getMessage());
        problem.setProperty("where", "If-Match");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> duplicateContent(DuplicateContent e) {
        var problem = problem(HttpStatus.CONFLICT, "duplicate-content", "Same content as an existing version", e.getMessage());
        problem.setProperty("existing", e.existing());
        var href = "/api/documents/" + e.document() + "/versions/" + e.existing().number();
        problem.setProperty("href", href);
        return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create(href)).body(problem);
    }

    /** Another writer held the document longer than a writer waits: retryable, so 503 with Retry-After. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> documentBusy(DocumentBusy e) {
        var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "document-busy", "Document busy", e.getMessage());
        problem.setProperty("retryAfterSeconds", e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds())).body(problem);
    }

    /** A lock wait or deadlock the database gave up on elsewhere in a write: nothing was written, try again. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> lockFailure(PessimisticLockingFailureException e) {
        var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "document-busy", "Document busy",
                "Another request was writing the same data; nothing was recorded: send the request again.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameter e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", e.getMessage());
        problem.setProperty("where", e.parameter());
        return problem;
    }

    /**
     * Unreadable JSON bodies name the line and the field (as a JSON path) Jackson stopped at, in words a
     * client understands, never Java types. A body cut off at the size cap is a 413.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestSizeLimit.exceeded(e)) {
            var problem = problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                    "Request bodies are limited in size; this one is larger");
            problem.setProperty("where", "body");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                "The request body is not the JSON this endpoint expects");
        if (e.getCause() instanceof tools.jackson.core.JacksonException jackson) {
            problem.setDetail(UnreadableJson.detail(jackson));
            var location = jackson.getLocation();
            var path = UnreadableJson.path(jackson);
            problem.setProperty("where", (path.isEmpty() ? "body" : path)
                    + (location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
        } else {
            problem.setProperty("where", "body");
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A query parameter of the wrong type (page=x, date=yesterday): named, with what it should be. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName() : e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        var problem = problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter",
                name + ": '" + e.getValue() + "' is not " + (e.getRequiredType() == java.time.LocalDate.class
                        ? "a date such as 2025-11-23" : e.getRequiredType() == int.class || e.getRequiredType() == Integer.class
                        ? "a whole number" : "a value this parameter takes"));
        problem.setProperty("where", name);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A file upload without its {@code file} part: name the part, as other errors name their field. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "missing-part", "Missing file",
                "Send the draft as the form part '" + e.getRequestPartName() + "' of a multipart/form-data request");
        problem.setProperty("where", e.getRequestPartName());
        return ResponseEntity.badRequest().body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
