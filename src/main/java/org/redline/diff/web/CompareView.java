package org.redline.diff.web;

import java.util.List;
import org.redline.diff.Comparison;
import org.redline.diff.PointDiff;
import org.redline.diff.VersionDiff;
import org.redline.version.ChangeKind;
import org.redline.version.VersionSummary;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The compare page's model: the diff, the points the filter keeps, and the links that switch view or
 * filter. Every link carries from, to, view and filter, so each is a permalink.
 *
 * @param hidden how many unchanged points the {@code changed} filter hides
 */
public record CompareView(
        VersionDiff diff, List<VersionSummary> versions, String view, String filter, List<PointDiff> points,
        int hidden, String permalink, String sideLink, String inlineLink, String changedLink, String allLink,
        String swapLink) {

    static final String SIDE = "side";
    static final String INLINE = "inline";
    static final String ALL = "all";
    static final String CHANGED = "changed";

    static CompareView of(String slug, Comparison comparison, String view, String filter) {
        var diff = comparison.diff();
        if (diff == null) {
            return new CompareView(null, comparison.versions(), view, filter, List.of(), 0, null, null, null, null, null, null);
        }
        var points = filter.equals(CHANGED)
                ? diff.points().stream().filter(p -> p.change() != ChangeKind.UNCHANGED).toList()
                : diff.points();
        int from = diff.from().number();
        int to = diff.to().number();
        return new CompareView(diff, comparison.versions(), view, filter, points, diff.points().size() - points.size(),
                link(slug, from, to, view, filter), link(slug, from, to, SIDE, filter), link(slug, from, to, INLINE, filter),
                link(slug, from, to, view, CHANGED), link(slug, from, to, view, ALL), link(slug, to, from, view, filter));
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

    static String link(String slug, int from, int to, String view, String filter) {
        return UriComponentsBuilder.fromPath("/documents/{slug}/compare")
                .queryParam("from", from).queryParam("to", to).queryParam("view", view).queryParam("filter", filter)
                .buildAndExpand(slug).encode().toUriString();
    }
}
