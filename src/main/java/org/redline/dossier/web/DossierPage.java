package org.redline.dossier.web;

import org.redline.dossier.internal.Dossiers;
import org.redline.dossier.internal.InvalidLink;
import org.redline.dossier.internal.PointRef;
import org.redline.web.ErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** A dossier: its documents on one dated chart and timeline, the links between their points, one point across them. */
@Controller
class DossierPage {

    private final Dossiers dossiers;

    DossierPage(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/dossiers/{slug}")
    String dossier(@PathVariable String slug, Model model) {
        var dossier = dossiers.get(slug);
        model.addAttribute("dossier", dossier);
        model.addAttribute("chart", DossierChart.of(dossier));
        return "dossier";
    }

    @GetMapping("/dossiers/{slug}/points/{document}/{key}")
    String point(@PathVariable String slug, @PathVariable String document, @PathVariable String key, Model model) {
        model.addAttribute("dossier", dossiers.get(slug));
        model.addAttribute("across", dossiers.point(slug, new PointRef(document, key)));
        return "dossier-point";
    }

    /** A point the address names that is not in the dossier: on a page that is not found (the API refuses it, 422). */
    @ExceptionHandler
    ModelAndView notInDossier(InvalidLink e) {
        return ErrorPage.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }
}
