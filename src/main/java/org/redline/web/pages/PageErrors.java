package org.redline.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.redline.web.BadPageRequest;
import org.redline.web.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The modules' errors as pages, once, for the reader and editor pages (API controllers get problem
 * details from {@code ApiProblems}, which comes first). Each error carries its own problem; a page shows
 * its status and detail: unknown documents, versions and points are 404 pages; bad input is a 4xx page
 * that says what was wrong, never a 500. The editor forms catch their own input errors to re-render the form.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /**
     * A refused write is "not recorded" on a page (409, also for a form opened against a version that is
     * no longer the latest, which the API answers 412 for its If-Match); anything not found is "Not found".
     * Of the problem's headers only Retry-After matters to a page: the others name API resources.
     */
    @ExceptionHandler
    ModelAndView refused(ErrorResponseException e, HttpServletResponse response) {
        var status = HttpStatus.valueOf(e.getStatusCode().value());
        var retryAfter = e.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        var message = e.getBody().getDetail();
        return switch (status) {
            case NOT_FOUND -> ErrorPage.of(status, "Not found", message);
            case CONFLICT, PRECONDITION_FAILED -> ErrorPage.of(HttpStatus.CONFLICT, "Not recorded", message);
            default -> ErrorPage.of(status, e.getBody().getTitle(), message);
        };
    }

    /** The database too busy to answer in time (a lock wait given up, no connection free): try again shortly. */
    @ExceptionHandler({PessimisticLockingFailureException.class, CannotGetJdbcConnectionException.class,
            CannotCreateTransactionException.class})
    ModelAndView busy(Exception e, HttpServletResponse response) {
        log.warn("Page request refused, database busy: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
                "The service is busy writing; nothing was recorded. Try again in a few seconds.");
    }

    @ExceptionHandler
    ModelAndView badRequest(BadPageRequest e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "This page has no such option", e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, TypeMismatchException.class, BindException.class,
            MultipartException.class})
    ModelAndView malformed(Exception e) {
        log.debug("Malformed page request", e);
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The request could not be read",
                "Something in the address or the form is missing or not what this page expects. Go back and try again.");
    }
}
