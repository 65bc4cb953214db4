package org.redline.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where readers reach this service ({@code redline.public-url}): every absolute link the service writes
 * (the feed's links) starts here, never with the request's Host header, which any client can set.
 * Redirects need none: they are relative.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${redline.public-url:http://localhost:8080}") String base) {
        var uri = URI.create(base.strip());
        if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("redline.public-url must be an absolute http(s) URL, got '" + base + "'");
        }
        this.base = base.strip().replaceAll("/+$", "");
    }

    /** The base, without a trailing slash, e.g. https://redline.example.org. */
    public String base() {
        return base;
    }

    /** An absolute URL for a path of this service that starts with '/'. */
    public String of(String path) {
        return base + path;
    }
}
