package org.redline.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error no controller answered (unknown paths and methods, the security firewall's refusals,
 * malformed requests, failures): a problem detail under /api (or for a client that wants JSON), the
 * error page otherwise. Details are ours, never an exception's message, so no Java name leaks out.
 * {@code /error} asked for directly is a 404: there is no error to show.
 */
@Controller
class ErrorAnswers implements ErrorController {

    /** A request attribute with the detail a filter or handler wants shown with its sendError. */
    static final String DETAIL = ErrorAnswers.class.getName() + ".detail";

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = HttpStatus.resolve(code instanceof Integer n ? n : 404);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var detail = request.getAttribute(DETAIL) instanceof String given ? given : detail(status);
        if (wantsProblem(path instanceof String p ? p : request.getRequestURI(), request.getHeader("Accept"))) {
            writeProblem(response, status, detail, path instanceof String p ? p : null);
            return null;
        }
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }

    /**
     * Answers a malformed request at once, without the error dispatch (which would try to read a broken
     * multipart body again and answer nothing): a problem detail for the API, the error page otherwise.
     */
    static ModelAndView refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (wantsProblem(request.getRequestURI(), request.getHeader("Accept"))) {
            writeProblem(response, status, detail, request.getRequestURI());
            return new ModelAndView();
        }
        return ErrorPage.of(status, status.getReasonPhrase(), detail);
    }

    private static boolean wantsProblem(String path, String accept) {
        if (path.equals("/api") || path.startsWith("/api/")) {
            return true;
        }
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "/problems/" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", URI.create(instance.replaceAll("[^A-Za-z0-9/._~%-]", "")).toString());
        }
        JsonMapper.shared().writeValue(response.getOutputStream(), body);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address; see /api/docs for the API's paths";
            case METHOD_NOT_ALLOWED -> "This address does not take this method; the Allow header lists the ones it takes";
            case BAD_REQUEST -> "The request could not be read: its address, headers or body are malformed";
            case UNAUTHORIZED -> "Sign-in required";
            case FORBIDDEN -> "Not allowed for this account";
            case CONTENT_TOO_LARGE -> "The request body is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body's Content-Type is not one this address reads";
            default -> status.is5xxServerError() ? "The service could not answer this request; nothing was saved"
                    : "The request could not be handled";
        };
    }
}
