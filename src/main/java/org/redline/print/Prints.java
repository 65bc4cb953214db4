package org.redline.print;

import org.redline.diff.Diffs;
import org.redline.version.Versions;
import org.springframework.stereotype.Service;

/**
 * The print feature's one entry: a comparison as a Word redline (every change a tracked change) or a
 * PDF laid out for print, and a single version as Word or PDF. Versions never change, so neither does
 * what is printed of them, except for metadata an editor corrects.
 */
@Service
public class Prints {

    private final Diffs diffs;
    private final Versions versions;
    private final PdfPrinter pdf;

    Prints(Diffs diffs, Versions versions, PdfPrinter pdf) {
        this.diffs = diffs;
        this.versions = versions;
        this.pdf = pdf;
    }

    /** The comparison of two versions (numbers or refs, either order). */
    public Printed comparison(String document, String from, String to, PrintFormat format) {
        var diff = diffs.between(document, from, to);
        var body = format == PrintFormat.DOCX ? RedlineDocx.write(diff) : pdf.comparison(diff);
        var name = document + "-" + diff.from().number() + "-to-" + diff.to().number() + "-redline." + format.extension();
        return new Printed(body, name, format);
    }

    /** One version (number or ref). */
    public Printed version(String document, String id, PrintFormat format) {
        var version = versions.get(document, id);
        var body = format == PrintFormat.DOCX ? VersionDocx.write(version) : pdf.version(version);
        return new Printed(body, document + "-version-" + version.summary().number() + "." + format.extension(), format);
    }
}
