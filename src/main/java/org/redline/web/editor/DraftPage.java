package org.redline.web.editor;

import java.util.List;
import java.util.Map;
import org.redline.importing.DraftFormat;

/**
 * The draft editor's model: what the form shows (the draft text, format, the version it was opened
 * against, key overrides), and after a preview or a refusal, the preview or the problem.
 *
 * @param moved the latest version now, when a preview finds the document moved on since the form was opened
 */
public record DraftPage(String slug, String body, DraftFormat format, int expectedLatest, Map<Integer, String> keys,
        ShownPreview preview, FormProblem problem, Integer moved) {

    public List<DraftFormat> formats() {
        return List.of(DraftFormat.values());
    }

    /** The number the draft would take if saved now. */
    public int nextNumber() {
        return preview != null ? preview.diff().to().number() : expectedLatest + 1;
    }

    public String key(int index) {
        return keys.getOrDefault(index, "");
    }

    static DraftPage empty(String slug, int latest) {
        return new DraftPage(slug, "", DraftFormat.JSON, latest, Map.of(), null, null, null);
    }

    static DraftPage of(String slug, DraftForm form) {
        return new DraftPage(slug, form.text(), form.format(), form.expected(), form.keys(), null, null, null);
    }

    DraftPage withPreview(ShownPreview preview) {
        int wouldBe = preview.diff().to().number();
        return new DraftPage(slug, body, format, expectedLatest, keys, preview, problem,
                wouldBe == expectedLatest + 1 ? null : wouldBe - 1);
    }

    DraftPage withProblem(FormProblem problem) {
        return new DraftPage(slug, body, format, expectedLatest, keys, preview, problem, moved);
    }

    /** The form re-rendered against the document as it is now: the editor previews again before saving. */
    DraftPage openedAgainst(int latest) {
        return new DraftPage(slug, body, format, latest, keys, null, problem, null);
    }
}
