package org.redline.dossier.web;

import java.util.List;
import org.redline.diff.Diffs;
import org.redline.diff.PointDiff;
import org.redline.diff.VersionDiff;
import org.redline.dossier.internal.DossierView;
import org.redline.version.ChangeKind;

/**
 * What the home page leads with: the dossier's story. Where the negotiation stands (its lead document's
 * latest version, and the newest dated text across all documents), what the latest version changed
 * against the first (the points added, dropped and rewritten, a reported-only side looked through), and
 * every version on one dated chart.
 *
 * @param sinceFirst the latest version against the lead document's first version; null when it has only one
 */
public record HomeStory(DossierView dossier, DossierView.Member lead, DossierView.DatedVersion newest,
        VersionDiff sinceFirst, List<PointDiff> changed, DossierChart chart) {

    /** Most changed points the story names; the counts cover them all and the compare page lists them all. */
    static final int STORY_POINTS = 100;

    static HomeStory of(DossierView dossier, Diffs diffs) {
        var lead = dossier.documents().isEmpty() ? null : dossier.documents().get(0);
        var newest = dossier.timeline().stream().filter(d -> d.date() != null).reduce((a, b) -> b).orElse(null);
        VersionDiff sinceFirst = null;
        List<PointDiff> changed = List.of();
        if (lead != null && lead.latest() != null && lead.latest().number() > 1) {
            // the first points changed, word-diffed: a page's cost however big the document
            sinceFirst = diffs.page(lead.slug(), "1", Integer.toString(lead.latest().number()), true, 0, STORY_POINTS).diff();
            changed = sinceFirst.points().stream()
                    .filter(p -> p.change() == ChangeKind.ADDED || p.change() == ChangeKind.REMOVED || p.change() == ChangeKind.MODIFIED)
                    .toList();
        }
        return new HomeStory(dossier, lead, newest, sinceFirst, changed, DossierChart.of(dossier));
    }
}
