package org.redline.history.web;

import org.redline.web.Pager;
import org.redline.history.History;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One version: its metadata, its points in order a page at a time (50 unless {@code size} says
 * otherwise, at most 1,000), and the corrections made to its metadata.
 */
@Controller
class VersionPage {

    private final VersionTimeline versions;
    private final History history;

    VersionPage(VersionTimeline versions, History history) {
        this.versions = versions;
        this.history = history;
    }

    @GetMapping("/documents/{slug}/versions/{id}")
    String version(@PathVariable String slug, @PathVariable String id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        var request = Pager.Request.of(page, size);
        var version = versions.pointsPage(slug, id, request.page(), request.size());
        int number = version.summary().number();
        model.addAttribute("version", version);
        model.addAttribute("pager", Pager.of(request, version.totalPoints(), p -> link(slug, number, p, size)));
        model.addAttribute("corrections", history.corrections(slug, number));
        return "version";
    }

    private static String link(String slug, int number, int page, Integer size) {
        var link = UriComponentsBuilder.fromPath("/documents/{slug}/versions/{n}").queryParam("page", page);
        if (size != null) {
            link.queryParam("size", size);
        }
        return link.buildAndExpand(slug, number).encode().toUriString();
    }
}
