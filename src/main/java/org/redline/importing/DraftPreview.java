package org.redline.importing;

import java.util.List;
import org.redline.alignment.Match;
import org.redline.diff.VersionDiff;
import org.redline.version.Draft;

/**
 * What recording a draft would do, computed without storing it.
 *
 * @param draft the parsed draft, every point keyed
 * @param matches how each point of the draft got its key, in the draft's order
 * @param diff the version it would become against the version it derives from; {@code diff.from()} is
 *     null for a document's first version, and {@code diff.to().number()} is the number it would take
 */
public record DraftPreview(Draft draft, List<Match> matches, VersionDiff diff) {

    public DraftPreview {
        matches = List.copyOf(matches);
    }
}
