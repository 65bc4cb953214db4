package org.redline.version.web;

import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where an editor starts: each document with its latest version and what can be done to it. */
@Controller
class EditorHome {

    private final VersionTimeline versions;

    EditorHome(VersionTimeline versions) {
        this.versions = versions;
    }

    @GetMapping("/editor")
    String home(@RequestParam(required = false) Integer page, Model model) {
        var list = DocumentList.of(versions, page, "/editor");
        model.addAttribute("catalogue", list.entries());
        model.addAttribute("pager", list.pager());
        return "editor/home";
    }
}
