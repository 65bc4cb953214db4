package org.redline.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where sign-in attempts meet the {@link SignInThrottle}: before credentials are checked (an API request
 * carrying Basic or Bearer credentials, or the page sign-in form) a throttled account or address gets 429
 * with Retry-After; after a failed check the failure is counted. Requests without credentials are neither.
 */
final class SignInAttempts extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";

    private final SignInThrottle throttle;

    SignInAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAttempt(request)) {
            var refusal = throttle.refusal(account(request), request.getRemoteAddr());
            if (refusal.isPresent()) {
                ProblemResponses.tooManyAttempts(response, refusal.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The API's 401: a request that presented credentials which did not check out is a failed attempt. */
    AuthenticationEntryPoint counting(AuthenticationEntryPoint unauthorized) {
        return (request, response, e) -> {
            if (!(e instanceof InsufficientAuthenticationException) && isAttempt(request)) {
                throttle.failed(account(request), request.getRemoteAddr());
            }
            unauthorized.commence(request, response, e);
        };
    }

    /** The sign-in form's failure: counted, then back to the form with its error. */
    AuthenticationFailureHandler countingFormFailures() {
        var back = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, e) -> {
            throttle.failed(account(request), request.getRemoteAddr());
            back.onAuthenticationFailure(request, response, e);
        };
    }

    private static boolean isAttempt(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header != null) {
            return header.regionMatches(true, 0, BASIC, 0, BASIC.length()) || header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        }
        return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }

    /** The account an attempt names: the Basic user or the form's username; a bearer token names none. */
    private static String account(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header == null) {
            return request.getParameter("username");
        }
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
