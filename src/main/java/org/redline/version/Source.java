package org.redline.version;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.redline.text.TextGate;

/** Where a draft was published or reported. Only http(s) links: these are shown to readers as links. */
public record Source(String outlet, String url) {

    public Source {
        outlet = TextGate.clean("outlet", outlet, TextGate.Shape.LINE, 300, DraftRejected::new);
        url = checkedUrl(url);
    }

    /** Accepts absolute http and https URLs only; anything else (javascript:, data:, relative) is refused. */
    public static String checkedUrl(String url) {
        var trimmed = TextGate.clean("url", url, TextGate.Shape.LINE, 2000, DraftRejected::new);
        if (trimmed == null) {
            throw new DraftRejected("url", "is required");
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
