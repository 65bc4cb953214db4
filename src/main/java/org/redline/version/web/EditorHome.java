package org.redline.version.web;

import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where an editor starts: each document with its latest version and what can be done to it. */
@Controller
class EditorHome {

    private final VersionTimeline versions;

    EditorHome(VersionTimeline versions) {
        this.versions = versions;
    }

    @GetMapping("/editor")
    String home(Model model) {
        model.addAttribute("catalogue", versions.catalogue());
        return "editor/home";
    }
}
