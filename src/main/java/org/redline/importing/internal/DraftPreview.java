package org.redline.importing.internal;

import java.util.List;
import org.redline.alignment.Match;
import org.redline.version.Draft;
import org.redline.version.VersionView;

/**
 * What recording a draft would do, stored nowhere.
 *
 * @param format how the draft was read
 * @param draft the draft as parsed, before alignment (keys only where the editor gave them)
 * @param base the version it would derive from and was aligned against; null for a document's first draft
 * @param alignment how each point got its key, with scores, reasons, merges and splits
 * @param proposed the version it would become: next number, keyed points, the base's unlisted points carried
 * @param notes what reading the file noticed that the editor should know, such as tracked changes read as accepted
 * @param text for a file (Word, PDF...), the numbered text its points were read from, which reads back to the same
 *     points; null for drafts sent as text
 */
public record DraftPreview(DraftFormat format, Draft draft, VersionView base, List<Match> alignment, VersionView proposed,
        List<String> notes, String text) {
}
