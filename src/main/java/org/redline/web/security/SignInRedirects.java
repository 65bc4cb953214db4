package org.redline.web.security;

import java.net.URI;
import org.redline.web.PublicUrl;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The page sign-in's redirects, absolute from {@code redline.public-url}: Spring Security builds them
 * from the request's Host header, which any client sets, so a forged Host would send an editor away.
 */
final class SignInRedirects {

    private SignInRedirects() {
    }

    /** To the sign-in form, when a page needs an editor. */
    static AuthenticationEntryPoint toSignIn(PublicUrl publicUrl) {
        return new LoginUrlAuthenticationEntryPoint(publicUrl.of("/login"));
    }

    /** After signing in: back to the page that asked for it (its path and query only), else home. */
    static AuthenticationSuccessHandler afterSignIn(PublicUrl publicUrl) {
        var cache = new HttpSessionRequestCache();
        return (request, response, authentication) -> {
            var saved = cache.getRequest(request, response);
            cache.removeRequest(request, response);
            response.sendRedirect(publicUrl.of(saved == null ? "/" : pathAndQuery(saved.getRedirectUrl())));
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
