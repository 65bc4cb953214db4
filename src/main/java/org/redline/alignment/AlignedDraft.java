package org.redline.alignment;

import java.util.List;
import org.redline.version.Draft;

/** A draft whose every point has a key, with how each key was found. */
public record AlignedDraft(Draft draft, List<Match> matches) {
}
