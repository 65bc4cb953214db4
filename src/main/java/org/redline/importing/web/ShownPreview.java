package org.redline.importing.web;

import java.util.List;
import org.redline.alignment.Match;
import org.redline.diff.VersionDiff;
import org.redline.version.Draft;

/**
 * A preview as the editor page shows it: the draft as read, how each point was matched, and the
 * version it would become against its base ({@code diff.from()} is null for a document's first version).
 *
 * @param notes what reading the file noticed, such as tracked changes read as accepted
 */
public record ShownPreview(Draft draft, List<Match> matches, VersionDiff diff, List<String> notes) {
}
