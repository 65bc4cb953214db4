package org.redline.diff.web;

import org.redline.diff.Diffs;
import org.redline.web.BadPageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Any two versions side by side or inline; every option is in the URL, so every comparison is a permalink. */
@Controller
class ComparePage {

    private final Diffs diffs;

    ComparePage(Diffs diffs) {
        this.diffs = diffs;
    }

    /**
     * @param view {@code side} (default) or {@code inline}
     * @param filter {@code all} (default) or {@code changed}: hide unchanged points
     */
    record CompareRequest(String from, String to, String view, String filter) {

        CompareRequest {
            from = blankToNull(from);
            to = blankToNull(to);
            view = view == null || view.isBlank() ? CompareView.SIDE : view.strip();
            filter = filter == null || filter.isBlank() ? CompareView.ALL : filter.strip();
        }

        /** Refuses options the page does not have (a 400 page); binding itself never fails. */
        CompareRequest checked() {
            if (!view.equals(CompareView.SIDE) && !view.equals(CompareView.INLINE)) {
                throw new BadPageRequest("view", "view is side or inline, not '" + view + "'");
            }
            if (!filter.equals(CompareView.ALL) && !filter.equals(CompareView.CHANGED)) {
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
        var comparison = diffs.comparison(slug, request.from(), request.to());
        model.addAttribute("slug", slug);
        model.addAttribute("compare", CompareView.of(slug, comparison, request.view(), request.filter()));
        return "compare";
    }
}
