package org.redline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests broken before any controller can read them: a Content-Type that names no concrete type
 * ({@code *}{@code /*}, {@code application/*}, unparsable) is refused with 415 up front, since Spring
 * cannot read a body of it; a multipart body without a boundary or cut short is a 400 (413 when it passed
 * the size cap). Both go through {@link ErrorAnswers}, so the API gets a problem detail and pages a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            var detail = "Content-Type must name one media type, such as application/json, "
                    + "text/markdown, text/plain or multipart/form-data; wildcards and malformed types are not read";
            if (ErrorAnswers.refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail).getViewName() == null) {
                return;
            }
            request.setAttribute(ErrorAnswers.DETAIL, detail);
            response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            var type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Multipart failures happen before a handler is chosen, so only an advice for every handler sees them. */
    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class UnreadableMultipart {

        @ExceptionHandler
        ModelAndView multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (RequestSizeLimit.exceeded(e)) {
                return ErrorAnswers.refuse(request, response, HttpStatus.CONTENT_TOO_LARGE,
                        "Request bodies are limited in size; this one is larger");
            }
            return ErrorAnswers.refuse(request, response, HttpStatus.BAD_REQUEST, "The multipart body could not be read: "
                    + "it needs a boundary in its Content-Type and must end with the closing boundary line");
        }
    }
}
