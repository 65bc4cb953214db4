package org.redline.diff.web;

import org.redline.web.Pager;
import org.redline.diff.Diffs;
import org.redline.web.BadPageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Any two versions side by side or inline, a page of points at a time; every option is in the URL, so
 * every comparison is a permalink. Above 200 points only the changed points are shown unless
 * {@code filter=all} asks for every one.
 */
@Controller
class ComparePage {

    private final Diffs diffs;

    ComparePage(Diffs diffs) {
        this.diffs = diffs;
    }

    /**
     * @param view {@code side} (default) or {@code inline}
     * @param filter {@code all} or {@code changed}: hide unchanged points; when absent, changed above 200 points
     * @param page the page of points, from 0
     * @param size points a page, 50 ({@link Pager#DEFAULT_SIZE}) unless given, at most 1,000
     */
    record CompareRequest(String from, String to, String view, String filter, Integer page, Integer size) {

        CompareRequest {
            from = blankToNull(from);
            to = blankToNull(to);
            view = view == null || view.isBlank() ? CompareView.SIDE : view.strip();
            filter = blankToNull(filter);
        }

        /** Whether to leave out unchanged points: null when the address does not say (the size decides). */
        Boolean changedOnly() {
            return filter == null ? null : filter.equals(CompareView.CHANGED);
        }

        /** Refuses options the page does not have (a 400 page); binding itself never fails. */
        CompareRequest checked() {
            if (!view.equals(CompareView.SIDE) && !view.equals(CompareView.INLINE)) {
                throw new BadPageRequest("view", "view is side or inline, not '" + view + "'");
            }
            if (filter != null && !filter.equals(CompareView.ALL) && !filter.equals(CompareView.CHANGED)) {
                throw new BadPageRequest("filter", "filter is all or changed, not '" + filter + "'");
            }
            return this;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GetMapping("/documents/{slug}/compare")
    String compare(@PathVariable String slug, @ModelAttribute("request") CompareRequest form, Model model) {
        var request = form.checked();
        var paging = Pager.Request.of(request.page(), request.size());
        var comparison = diffs.comparison(slug, request.from(), request.to(), request.changedOnly(), paging.page(),
                paging.size());
        model.addAttribute("slug", slug);
        model.addAttribute("compare", CompareView.of(slug, comparison, request.view(), paging, request.size()));
        return "compare";
    }
}
