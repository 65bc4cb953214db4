package org.redline.web.api;

import java.net.URI;
import org.redline.web.RequestSizeLimit;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details, once, for every API controller (every {@code @RestController}; ahead of the
 * pages' mapping, which would otherwise take them too). Each module's errors carry their own problem
 * (they are {@link org.springframework.web.ErrorResponseException}s: status, type, title, {@code where},
 * headers), so the base class answers them as it answers Spring's own request errors (missing parameter,
 * unreadable body, wrong type), and this edge imports no feature.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    /**
     * A lock wait or deadlock the database gave up on elsewhere in a write, or no database connection free
     * within the pool's timeout (more writers waiting than connections): nothing was written, try again.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, CannotGetJdbcConnectionException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> busy(Exception e) {
        // retryable for the client, worth knowing for the operator: which wait ran out, and where
        log.warn("Write refused as busy: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
        var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "document-busy", "Document busy",
                "Another request was writing the same data; nothing was recorded: send the request again.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
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
