package org.redline.diff.web;

import org.redline.web.Pager;
import java.util.List;
import org.redline.diff.Comparison;
import org.redline.diff.PointDiff;
import org.redline.diff.VersionDiff;
import org.redline.version.VersionSummary;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The compare page's model: the diff (its counts over every point, its points the page shown), the
 * pager, and the links that switch view or filter. Every link carries from, to, view and filter (and
 * page and size where they are not the first page and the default size), so each is a permalink.
 *
 * @param hidden how many unchanged points the {@code changed} filter hides
 */
public record CompareView(
        VersionDiff diff, List<VersionSummary> versions, String view, String filter, List<PointDiff> points,
        int hidden, Pager pager, String permalink, String sideLink, String inlineLink, String changedLink,
        String allLink, String swapLink) {

    static final String SIDE = "side";
    static final String INLINE = "inline";
    static final String ALL = "all";
    static final String CHANGED = "changed";

    static CompareView of(String slug, Comparison comparison, String view, Pager.Request request, Integer size) {
        var page = comparison.page();
        if (page == null) {
            return new CompareView(null, comparison.versions(), view, ALL, List.of(), 0, null, null, null, null, null,
                    null, null);
        }
        var diff = page.diff();
        var filter = page.changedOnly() ? CHANGED : ALL;
        int from = diff.from().number();
        int to = diff.to().number();
        var pager = Pager.of(request, page.matching(), p -> link(slug, from, to, view, filter, p, size));
        return new CompareView(diff, comparison.versions(), view, filter, diff.points(), page.hidden(), pager,
                link(slug, from, to, view, filter, request.page(), size), link(slug, from, to, SIDE, filter, request.page(), size),
                link(slug, from, to, INLINE, filter, request.page(), size), link(slug, from, to, view, CHANGED, 0, size),
                link(slug, from, to, view, ALL, 0, size), link(slug, to, from, view, filter, 0, size));
    }

    public boolean inline() {
        return view.equals(INLINE);
    }

    public boolean changedOnly() {
        return filter.equals(CHANGED);
    }

    public boolean sameVersion() {
        return diff != null && diff.from().number() == diff.to().number();
    }

    private static String link(String slug, int from, int to, String view, String filter, int page, Integer size) {
        var link = UriComponentsBuilder.fromPath("/documents/{slug}/compare")
                .queryParam("from", from).queryParam("to", to).queryParam("view", view).queryParam("filter", filter);
        if (page > 0) {
            link.queryParam("page", page);
        }
        if (size != null) {
            link.queryParam("size", size);
        }
        return link.buildAndExpand(slug).encode().toUriString();
    }
}
