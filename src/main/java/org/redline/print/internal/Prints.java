package org.redline.print.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redline.diff.Diffs;
import org.redline.version.VersionSummary;
import org.redline.version.VersionTimeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The print feature's one entry: a comparison as a Word redline (every change a tracked change) or a
 * PDF laid out for print, and a single version as Word or PDF. Printing takes far longer than the diff
 * (a PDF of a 1,000-clause comparison takes seconds), and anyone may ask for one, so files are kept in
 * a bounded cache keyed by the versions' metadata as well as their numbers: a version's points never
 * change, but an editor may correct its label or sources, which then print anew.
 */
@Service
public class Prints {

    private final Diffs diffs;
    private final VersionTimeline versions;
    private final PdfPrinter pdf;
    private final Cache<Key, Printed> printed;

    Prints(Diffs diffs, VersionTimeline versions, PdfPrinter pdf, @Value("${redline.print-cache.max-bytes:33554432}") long maxBytes) {
        this.diffs = diffs;
        this.versions = versions;
        this.pdf = pdf;
        this.printed = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((Key key, Printed file) -> file.body().length).build();
    }

    /** What a printed file is made of; {@code to} is null for a single version. */
    private record Key(String document, VersionSummary from, VersionSummary to, PrintFormat format) {
    }

    /** The comparison of two versions (numbers or refs, either order). */
    public Printed comparison(String document, String from, String to, PrintFormat format) {
        var diff = diffs.between(document, from, to);
        return printed.get(new Key(document, diff.from(), diff.to(), format), key -> {
            var body = format == PrintFormat.DOCX ? RedlineDocx.write(diff) : pdf.comparison(diff);
            var name = document + "-" + diff.from().number() + "-to-" + diff.to().number() + "-redline." + format.extension();
            return new Printed(body, name, format);
        });
    }

    /** One version (number or ref). */
    public Printed version(String document, String id, PrintFormat format) {
        var version = versions.get(document, id);
        return printed.get(new Key(document, version.summary(), null, format), key -> {
            var body = format == PrintFormat.DOCX ? VersionDocx.write(version) : pdf.version(version);
            return new Printed(body, document + "-version-" + version.summary().number() + "." + format.extension(), format);
        });
    }
}
