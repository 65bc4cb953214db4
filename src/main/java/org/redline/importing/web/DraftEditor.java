package org.redline.importing.web;

import java.security.Principal;
import java.util.List;
import org.redline.diff.Diffs;
import org.redline.importing.DraftImport;
import org.redline.version.DraftRejected;
import org.redline.version.DuplicateContent;
import org.redline.version.DuplicateRef;
import org.redline.version.ExpectedLatest;
import org.redline.version.LatestVersionMoved;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;
import org.redline.version.web.FormProblem;
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
 * Recording a draft: paste or upload it, preview what would change (stored nowhere), adjust the keys
 * alignment gave its points, save. The form carries the latest version it was opened against, so a
 * save after someone else recorded is refused with a message instead of silently building on old state.
 */
@Controller
@RequestMapping("/editor/documents/{slug}/drafts")
class DraftEditor {

    static final String VIEW = "editor/draft";

    private final DraftImport drafts;
    private final VersionTimeline versions;
    private final Diffs diffs;

    DraftEditor(DraftImport drafts, VersionTimeline versions, Diffs diffs) {
        this.drafts = drafts;
        this.versions = versions;
        this.diffs = diffs;
    }

    /** The form is a record, bound through its constructor only (not field by field afterwards). */
    @InitBinder("draftForm")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping("/new")
    ModelAndView form(@PathVariable String slug) {
        var latest = versions.latestNumber(slug);
        return new ModelAndView(VIEW, "form", DraftPage.empty(slug, latest));
    }

    @PostMapping("/preview")
    ModelAndView preview(@PathVariable String slug, @ModelAttribute DraftForm form, Principal editor) {
        var page = DraftPage.of(slug, form);
        try {
            var preview = drafts.preview(slug, form.upload(), editor.getName());
            var base = preview.base() != null ? preview.base() : new VersionView(slug, null, List.of());
            var shown = new ShownPreview(preview.draft(), preview.alignment(), diffs.between(base, preview.proposed()), preview.notes());
            var read = preview.text() == null ? page : page.readFromFile(preview.text(), preview.draft().label());
            return new ModelAndView(VIEW, "form", read.withPreview(shown));
        } catch (DraftRejected | DuplicateRef | DuplicateContent e) {
            return refused(page.withProblem(FormProblem.ofDraft(e)));
        }
    }

    @PostMapping
    ModelAndView save(@PathVariable String slug, @ModelAttribute DraftForm form, Principal editor,
            RedirectAttributes redirect) {
        var page = DraftPage.of(slug, form);
        try {
            var recorded = drafts.record(slug, form.upload(), ExpectedLatest.of(form.expected()), editor.getName()).version();
            redirect.addFlashAttribute("notice", "Recorded version " + recorded.number() + ": " + recorded.label());
            return new ModelAndView("redirect:/documents/" + slug + "/versions/" + recorded.number());
        } catch (LatestVersionMoved e) {
            var problem = FormProblem.of(e);
            return refused(page.withProblem(problem).openedAgainst(problem.existing()));
        } catch (DraftRejected | DuplicateRef | DuplicateContent e) {
            return refused(page.withProblem(FormProblem.ofDraft(e)));
        }
    }

    private static ModelAndView refused(DraftPage page) {
        var view = new ModelAndView(VIEW, "form", page);
        view.setStatus(page.problem().status());
        return view;
    }
}
