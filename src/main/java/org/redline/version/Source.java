package org.redline.version;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Where a draft was published or reported. Only http(s) links: these are shown to readers as links. */
public record Source(String outlet, String url) {

    public Source {
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        url = checkedUrl(url);
        if (outlet != null && outlet.length() > 300) {
            throw new DraftRejected("outlet", "must be at most 300 characters");
        }
    }

    /** Accepts absolute http and https URLs only; anything else (javascript:, data:, relative) is refused. */
    public static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new DraftRejected("url", "is required");
        }
        var trimmed = url.strip();
        if (trimmed.length() > 2000) {
            throw new DraftRejected("url", "must be at most 2000 characters");
        }
        try {
            var uri = new URI(trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new DraftRejected("url", "must be an absolute http(s) URL, got '" + abbreviate(trimmed) + "'");
            }
        } catch (URISyntaxException e) {
            throw new DraftRejected("url", "is not a valid URL: " + e.getReason());
        }
        return trimmed;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
