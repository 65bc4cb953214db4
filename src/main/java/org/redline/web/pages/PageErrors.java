package org.redline.web.pages;

import org.redline.document.DocumentNotFound;
import org.redline.dossier.DossierNotFound;
import org.redline.dossier.InvalidLink;
import org.redline.history.PointNotFound;
import org.redline.importing.UnsupportedDraftFormat;
import org.redline.version.DraftRejected;
import org.redline.version.DuplicateContent;
import org.redline.version.DuplicateRef;
import org.redline.version.InvalidCorrection;
import org.redline.version.LatestVersionMoved;
import org.redline.version.VersionNotFound;
import org.redline.web.BadPageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The domain's errors as pages, once, for the reader and editor pages (the API has its own mapping to
 * problem details). Unknown documents, versions and points are 404 pages; bad input is a 4xx page that
 * says what was wrong, never a 500. The editor forms catch their own input errors to re-render the form.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({DocumentNotFound.class, VersionNotFound.class, PointNotFound.class, DossierNotFound.class, InvalidLink.class})
    ModelAndView notFound(RuntimeException e) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ModelAndView badRequest(BadPageRequest e) {
        return page(HttpStatus.BAD_REQUEST, "This page has no such option", e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, TypeMismatchException.class, BindException.class,
            MultipartException.class})
    ModelAndView malformed(Exception e) {
        log.debug("Malformed page request", e);
        return page(HttpStatus.BAD_REQUEST, "The request could not be read",
                "Something in the address or the form is missing or not what this page expects. Go back and try again.");
    }

    @ExceptionHandler
    ModelAndView draftRejected(DraftRejected e) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, "Draft rejected", e.getMessage());
    }

    @ExceptionHandler
    ModelAndView invalidCorrection(InvalidCorrection e) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, "Correction refused", e.getMessage());
    }

    @ExceptionHandler
    ModelAndView unsupportedFormat(UnsupportedDraftFormat e) {
        return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported draft format", e.getMessage());
    }

    @ExceptionHandler({LatestVersionMoved.class, DuplicateRef.class, DuplicateContent.class})
    ModelAndView conflict(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "Not recorded", e.getMessage());
    }

    /** Another editor held the document too long: nothing was saved, the form can be sent again. */
    @ExceptionHandler
    ModelAndView busy(org.redline.document.DocumentBusy e, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        return page(HttpStatus.SERVICE_UNAVAILABLE, "Document busy", e.getMessage());
    }

    static ModelAndView page(HttpStatus status, String title, String message) {
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }
}
