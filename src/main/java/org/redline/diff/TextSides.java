package org.redline.diff;

import java.util.List;
import org.redline.version.VersionTimeline;
import org.redline.version.VersionView;

/**
 * Finds, for a version known only from reports, the nearest version it derives from whose text is
 * known: a diff reads text, and a reported-only version has none of its own.
 */
final class TextSides {

    private TextSides() {
    }

    /** The version itself when its text is known, else its nearest ancestor with text, said in {@code notes}. */
    static VersionView withText(VersionTimeline versions, String document, VersionView version, List<LookThrough> notes) {
        var knowledge = version.summary().knowledge();
        if (!knowledge.reportedOnly()) {
            return version;
        }
        var asked = version.summary().link();
        var what = "version " + asked.number() + (knowledge.reportedPointCount() == null ? ""
                : " (" + knowledge.reportedPointCount() + " points)") + " is known only from reports";
        for (var step : versions.ancestry(document, Integer.toString(asked.number()))) {
            if (!step.summary().knowledge().reportedOnly()) {
                var compared = step.summary().link();
                notes.add(new LookThrough(asked, compared, what + ": compared with version " + compared.number()
                        + ", the nearest it derives from with text"));
                return step;
            }
        }
        notes.add(new LookThrough(asked, null, what + " and derives from no version with text: only what reports said is compared"));
        return version;
    }
}
