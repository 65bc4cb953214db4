package org.redline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Validators and caching for anonymous reads of a document (its pages and its API): a weak ETag from
 * the document's revision (which moves with every version recorded and every metadata correction), a
 * 304 for a matching If-None-Match before any of the page is built, and public caching: long and
 * immutable where version numbers pin what is shown, short and revalidated for "latest" views.
 * Signed-in requests stay {@code private, no-store}. Handlers that set their own validator (the diff,
 * the document's If-Match ETag) replace the header and answer their own conditional requests.
 */
@Component
class ReadCaching implements HandlerInterceptor, WebMvcConfigurer {

    /** What a version number pins changes only by a metadata correction: an hour bounds how long one stays unseen. */
    static final String PINNED = "public, max-age=3600, immutable";
    /** A "latest" view changes with the next version: caches may serve it for half a minute, then revalidate. */
    static final String LATEST = "public, max-age=30, must-revalidate";
    static final String SIGNED_IN = "private, no-store";

    private static final Pattern DOCUMENT = Pattern.compile("^/(api/)?documents/([^/]+)(/.*)?$");
    private static final Pattern PINNED_PATH = Pattern.compile("^/versions/[0-9]{1,9}(/[a-z]+)?$");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private final DocumentRevisions revisions;
    /** Part of every ETag, so a restart with new templates or code never answers 304 for an old page. */
    private final String build = Long.toString(System.currentTimeMillis(), 36);

    ReadCaching(DocumentRevisions revisions) {
        this.revisions = revisions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/documents/**", "/api/documents/**");
    }

    /** An error is never cached: the first resolver marks it no-store, the others then answer it as before. */
    @Override
    public void extendHandlerExceptionResolvers(java.util.List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, (request, response, handler, e) -> {
            if (!response.isCommitted()) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            return null;
        });
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        if (signedIn()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, SIGNED_IN);
            return true;
        }
        var path = DOCUMENT.matcher(request.getRequestURI());
        if (!path.matches()) {
            return true;
        }
        var revision = revisions.revision(path.group(2));
        if (revision.isEmpty()) {
            return true; // no such document: the handler answers 404, uncached
        }
        var etag = "W/\"r" + revision.getAsLong() + "-" + build + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, pinned(path.group(3), request) ? PINNED : LATEST);
        if (path.group(1) == null) {
            response.setHeader(HttpHeaders.VARY, "Cookie"); // a signed-in editor's page differs from the public one
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return false;
        }
        return true;
    }

    /** A version page or version read by number, or a comparison of two numbered versions. */
    private static boolean pinned(String rest, HttpServletRequest request) {
        if (rest == null) {
            return false;
        }
        if (PINNED_PATH.matcher(rest).matches()) {
            return true;
        }
        boolean comparison = rest.equals("/compare") || rest.equals("/diff");
        return comparison && isNumber(request.getParameter("from")) && isNumber(request.getParameter("to"));
    }

    private static boolean isNumber(String value) {
        return value != null && NUMBER.matcher(value).matches();
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" and "x" match; "*" matches any current representation. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        var opaque = etag.substring(2);
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
