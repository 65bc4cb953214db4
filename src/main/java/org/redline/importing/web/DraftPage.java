package org.redline.importing.web;

import java.util.List;
import java.util.Map;
import org.redline.importing.internal.DraftFormat;
import org.redline.version.web.FormProblem;
import org.redline.web.BadPageRequest;

/**
 * The draft editor's model: what the form shows (the draft text, format, the version it was opened
 * against, key overrides), and after a preview or a refusal, the preview or the problem.
 *
 * @param moved the latest version now, when a preview finds the document moved on since the form was opened
 */
public record DraftPage(String slug, String body, DraftFormat format, int expectedLatest, Map<Integer, String> keys,
        ShownPreview preview, FormProblem problem, Integer moved) {

    /** The formats a pasted draft can be in; files (Word, PDF...) are told by their name. */
    public List<DraftFormat> formats() {
        return java.util.Arrays.stream(DraftFormat.values()).filter(DraftFormat::pasteable).toList();
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

    /**
     * A file that cannot be shown as text (Word, PDF...) is shown as the numbered text its points were read
     * from, with its label, so saving after the preview records the same points without the file again.
     */
    DraftPage readFromFile(String text, String label) {
        var body = "---\nlabel: " + label.replace('\n', ' ') + "\n---\n" + text;
        return new DraftPage(slug, body, DraftFormat.TEXT, expectedLatest, keys, preview, problem, moved);
    }

    DraftPage withProblem(FormProblem problem) {
        return new DraftPage(slug, body, format, expectedLatest, keys, preview, problem, moved);
    }

    /** The form re-rendered against the document as it is now: the editor previews again before saving. */
    DraftPage openedAgainst(int latest) {
        return new DraftPage(slug, body, format, latest, keys, null, problem, null);
    }
}
