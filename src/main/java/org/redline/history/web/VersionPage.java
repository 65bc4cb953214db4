package org.redline.history.web;

import org.redline.history.History;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One version: its metadata, its points in order, and the corrections made to its metadata. */
@Controller
class VersionPage {

    private final VersionTimeline versions;
    private final History history;

    VersionPage(VersionTimeline versions, History history) {
        this.versions = versions;
        this.history = history;
    }

    @GetMapping("/documents/{slug}/versions/{id}")
    String version(@PathVariable String slug, @PathVariable String id, Model model) {
        var version = versions.get(slug, id);
        model.addAttribute("version", version);
        model.addAttribute("corrections", history.corrections(slug, version.summary().number()));
        return "version";
    }
}
