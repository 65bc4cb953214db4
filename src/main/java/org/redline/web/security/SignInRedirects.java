package org.redline.web.security;

import java.net.URI;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The page sign-in's redirects, relative (path and query only): Spring Security builds them absolute
 * from the request's Host header, which any client sets, so a forged Host would send an editor away.
 * A relative Location resolves against the address the browser actually used (Tomcat keeps it relative:
 * server.tomcat.use-relative-redirects).
 */
final class SignInRedirects {

    private SignInRedirects() {
    }

    /** To the sign-in form, when a page needs an editor. */
    static AuthenticationEntryPoint toSignIn() {
        var entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After signing in: back to the page that asked for it (its path and query only), else home. */
    static AuthenticationSuccessHandler afterSignIn() {
        var cache = new HttpSessionRequestCache();
        return (request, response, authentication) -> {
            var saved = cache.getRequest(request, response);
            cache.removeRequest(request, response);
            response.sendRedirect(request.getContextPath() + (saved == null ? "/" : pathAndQuery(saved.getRedirectUrl())));
        };
    }

    private static String pathAndQuery(String url) {
        try {
            var uri = URI.create(url);
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
