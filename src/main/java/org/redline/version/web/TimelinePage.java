package org.redline.version.web;

import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A document's versions, its lineage drawn and its size and churn charted, a page of versions at a
 * time (page 0, the default, is the newest; higher pages go back), so the page costs the same at any
 * history length.
 */
@Controller
class TimelinePage {

    private final VersionTimeline versions;

    TimelinePage(VersionTimeline versions) {
        this.versions = versions;
    }

    static final int PAGE_SIZE = 50;

    @GetMapping("/documents/{slug}")
    String timeline(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        var timeline = versions.overview(slug, page, PAGE_SIZE);
        model.addAttribute("timeline", timeline);
        model.addAttribute("lineage", LineageDrawing.of(timeline));
        model.addAttribute("chart", TimelineChart.of(timeline));
        return "timeline";
    }
}
