package org.redline.dossier.web;

import org.redline.diff.Diffs;
import org.redline.dossier.internal.Dossiers;
import org.redline.version.VersionTimeline;
import org.redline.version.web.DocumentList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dossier's story first (when there is a dossier), then the documents, 50 a page, each with its latest version. */
@Controller
class HomePage {

    private final VersionTimeline versions;
    private final Dossiers dossiers;
    private final Diffs diffs;

    HomePage(VersionTimeline versions, Dossiers dossiers, Diffs diffs) {
        this.versions = versions;
        this.dossiers = dossiers;
        this.diffs = diffs;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Integer page, Model model) {
        var list = DocumentList.of(versions, page, "/");
        model.addAttribute("catalogue", list.entries());
        model.addAttribute("pager", list.pager());
        var all = dossiers.all();
        model.addAttribute("story", all.isEmpty() ? null : HomeStory.of(dossiers.get(all.get(0).slug()), diffs));
        return "home";
    }
}
