package org.redline.history.web;

import org.redline.diff.Diffs;
import org.redline.history.History;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One point across every version: its state in each, and the change from the version each derives from. */
@Controller
class PointHistoryPage {

    private final History history;
    private final Diffs diffs;

    PointHistoryPage(History history, Diffs diffs) {
        this.history = history;
        this.diffs = diffs;
    }

    @GetMapping("/documents/{slug}/points/{key}")
    String point(@PathVariable String slug, @PathVariable String key, Model model) {
        model.addAttribute("point", PointHistoryView.of(history.ofPoint(slug, key), diffs::between));
        return "point";
    }
}
