package org.redline.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and a throttled sign-in's 429 as RFC 9457 problem details, like every other API error. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"redline\", Bearer realm=\"redline\"");
            write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign-in required",
                    "Writes need an editor: send HTTP Basic credentials or Authorization: Bearer <token>");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Editors only",
                "This account may read but not write; writes need an editor account");
    }

    /** 429 for a throttled sign-in, with the seconds to wait in Retry-After and in the body. */
    static void tooManyAttempts(HttpServletResponse response, java.time.Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts", "Too many failed sign-ins",
                "Too many failed sign-ins for this account or from this address; try again in " + seconds + " s");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "/problems/" + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        JsonMapper.shared().writeValue(response.getOutputStream(), body);
    }
}
