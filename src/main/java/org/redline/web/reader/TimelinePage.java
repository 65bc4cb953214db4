package org.redline.web.reader;

import org.redline.version.Versions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Every version of a document, its lineage drawn and its size and churn charted. */
@Controller
class TimelinePage {

    private final Versions versions;

    TimelinePage(Versions versions) {
        this.versions = versions;
    }

    @GetMapping("/documents/{slug}")
    String timeline(@PathVariable String slug, Model model) {
        var timeline = versions.overview(slug);
        model.addAttribute("timeline", timeline);
        model.addAttribute("lineage", LineageDrawing.of(timeline));
        model.addAttribute("chart", TimelineChart.of(timeline));
        return "timeline";
    }
}
