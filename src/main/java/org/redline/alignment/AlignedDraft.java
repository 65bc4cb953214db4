package org.redline.alignment;

import java.util.List;
import org.redline.version.Draft;

/**
 * A draft whose every point has a key, with how each key was found, and the embeddings of its texts
 * computed on the way (kept so that recording it stores them without embedding again).
 */
public record AlignedDraft(Draft draft, List<Match> matches, TextVectors vectors) {
}
