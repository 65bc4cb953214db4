package org.redline.research.internal;

import java.util.List;
import org.redline.version.PointState;
import org.redline.version.VersionLink;

/**
 * A point's path through every version of its document: where it first appeared, was renumbered,
 * reworded, merged with or into other points, split, dropped, and came back.
 *
 * @param related the other points its merges and splits tie it to, to follow the path further
 */
public record Lineage(String document, String key, String category, List<Step> steps, List<String> related) {

    /**
     * @param state where the point stands in this version
     * @param events what happened to the point in this version, in words and by kind
     */
    public record Step(VersionLink version, VersionLink derivedFrom, PointState state, String number, String category,
            List<Event> events) {
    }

    /**
     * @param kind {@code appeared}, {@code renumbered}, {@code reworded}, {@code status}, {@code dropped},
     *     {@code returned}, {@code merged-from}, {@code merged-into}, {@code split-from}, {@code split-into}
     * @param others the other points the event involves
     */
    public record Event(String kind, List<String> others, String description) {
    }
}
