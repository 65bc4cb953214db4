package org.redline.version.web;

import java.security.Principal;
import org.redline.version.ExpectedLatest;
import org.redline.version.InvalidCorrection;
import org.redline.version.LatestVersionMoved;
import org.redline.version.MetadataCorrections;
import org.redline.version.VersionTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a version's metadata with a reason. Content is never edited here: a content correction is a
 * new version, recorded through the draft editor.
 */
@Controller
@RequestMapping("/editor/documents/{slug}/versions/{id}/metadata")
class MetadataEditor {

    static final String VIEW = "editor/metadata";

    private final VersionTimeline versions;
    private final MetadataCorrections corrections;

    MetadataEditor(VersionTimeline versions, MetadataCorrections corrections) {
        this.versions = versions;
        this.corrections = corrections;
    }

    /** The form is a record, bound through its constructor only (not field by field afterwards). */
    @InitBinder("metadataForm")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping
    ModelAndView form(@PathVariable String slug, @PathVariable String id) {
        var version = versions.get(slug, id).summary();
        var latest = versions.latestNumber(slug);
        return new ModelAndView(VIEW, "page", new MetadataPage(slug, version, MetadataForm.of(version, latest), null));
    }

    @PostMapping
    ModelAndView correct(@PathVariable String slug, @PathVariable String id, @ModelAttribute MetadataForm form,
            Principal editor, RedirectAttributes redirect) {
        try {
            var corrected = corrections.correctMetadata(slug, id, form.correction(), form.reason(), editor.getName(),
                    ExpectedLatest.of(form.expected()));
            redirect.addFlashAttribute("notice", "Corrected the metadata of version " + corrected.number() + ".");
            return new ModelAndView("redirect:/documents/" + slug + "/versions/" + corrected.number());
        } catch (InvalidCorrection e) {
            return refused(slug, id, form, FormProblem.of(e));
        } catch (LatestVersionMoved e) {
            var problem = FormProblem.of(e);
            return refused(slug, id, form.withExpectedLatest(problem.existing()), problem);
        }
    }

    private ModelAndView refused(String slug, String id, MetadataForm form, FormProblem problem) {
        var view = new ModelAndView(VIEW, "page", new MetadataPage(slug, versions.get(slug, id).summary(), form, problem));
        view.setStatus(problem.status());
        return view;
    }
}
