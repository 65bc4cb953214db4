package org.redline.diff;

import java.util.List;

/** A word-level diff of two texts; {@code coarse} when it was too costly to do word by word. */
public record TextDiff(List<TextSegment> segments, boolean coarse) {
}
