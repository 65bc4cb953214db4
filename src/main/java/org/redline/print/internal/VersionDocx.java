package org.redline.print.internal;

import java.util.List;
import org.redline.version.PointStatus;
import org.redline.version.VersionView;

/** One version as a Word document: its metadata and sources, then its points in order. No tracked changes. */
final class VersionDocx {

    private VersionDocx() {
    }

    static byte[] write(VersionView version) {
        var summary = version.summary();
        var word = new WordFile(null, null);
        word.title(version.document() + ", version " + summary.number() + ": " + summary.label());
        word.facts(List.of("Version " + summary.number()), List.of(Fact.of(summary)));
        word.sources("Sources", summary.sources());
        if (summary.partial()) {
            word.note("A partial draft: points it does not mention are unknown, not removed.");
        }
        word.heading("Points");
        for (var point : version.points()) {
            var head = word.line().bold((point.number() == null ? "" : point.number() + ". ")
                    + (point.category() == null ? point.key() : point.category()));
            if (point.status() != PointStatus.AGREED) {
                head.aside("  [" + point.status().code() + "]");
            }
            if (point.text() != null) {
                word.line().plain(point.text());
            } else if (point.status() == PointStatus.UNKNOWN) {
                word.note("Not stated in this partial draft: its wording here is unknown.");
            }
            if (point.note() != null) {
                word.note("Note: " + point.note());
            }
        }
        return word.bytes();
    }
}
