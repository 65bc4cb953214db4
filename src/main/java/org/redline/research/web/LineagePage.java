package org.redline.research.web;

import org.redline.research.internal.LineageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A point's path through every version: renumbering, merges, splits, drops and returns. */
@Controller
class LineagePage {

    private final LineageQuery lineage;

    LineagePage(LineageQuery lineage) {
        this.lineage = lineage;
    }

    @GetMapping("/documents/{slug}/points/{key}/lineage")
    String lineage(@PathVariable String slug, @PathVariable String key, Model model) {
        model.addAttribute("lineage", lineage.lineage(slug, key));
        return "lineage";
    }
}
