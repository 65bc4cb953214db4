package org.redline.print.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.redline.diff.PointDiff;
import org.redline.diff.VersionDiff;
import org.redline.version.VersionView;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * PDFs laid out for print: a Thymeleaf template under {@code templates/print/} (strict XHTML, which is
 * what openhtmltopdf reads) rendered by openhtmltopdf on PDFBox. DejaVu Sans is embedded from the jar,
 * so Cyrillic and other non-Latin text prints on a machine without fonts.
 */
@Component
class PdfPrinter {

    private static final String FONT = "DejaVu Sans";
    private final ITemplateEngine templates;

    PdfPrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** A point of the printed comparison with what is said of it beside its words. */
    record PrintedPoint(PointDiff diff, String label, List<String> notes) {
    }

    byte[] comparison(VersionDiff diff) {
        var points = diff.points().stream()
                .map(p -> new PrintedPoint(p, ChangeNotes.label(p, diff.to().number()), ChangeNotes.notes(p)))
                .toList();
        return render("print/compare", Map.of("diff", diff, "points", points,
                "fromFacts", Fact.of(diff.from()), "toFacts", Fact.of(diff.to())));
    }

    byte[] version(VersionView version) {
        return render("print/version", Map.of("version", version, "facts", Fact.of(version.summary())));
    }

    private byte[] render(String template, Map<String, Object> model) {
        var html = templates.process(template, new Context(java.util.Locale.ENGLISH, model));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FONT, 400, FontStyle.ITALIC, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("printing " + template + " to PDF in memory", e);
        }
    }

    private static InputStream font(String file) {
        var stream = PdfPrinter.class.getResourceAsStream("/print/fonts/" + file);
        if (stream == null) {
            throw new IllegalStateException("font " + file + " is missing from the jar");
        }
        return stream;
    }
}
