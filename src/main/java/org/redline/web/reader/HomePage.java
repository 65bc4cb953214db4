package org.redline.web.reader;

import org.redline.version.Versions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The documents, each with its latest version. */
@Controller
class HomePage {

    private final Versions versions;

    HomePage(Versions versions) {
        this.versions = versions;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("catalogue", versions.catalogue());
        return "home";
    }
}
