package org.redline.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.redline.importing.internal.DraftUpload;
import org.redline.version.DraftPoint;

/** What a printed page adds (running headers, footers, page numbers, hyphenation) stays out of the points. */
class PdfDraftReaderTest {

    private static DraftImport.Parsed read(byte[] pdf) {
        return DraftImport.read(new DraftUpload(pdf, "application/pdf", null, Map.of("label", List.of("x"))));
    }

    @Test
    void chromiumsOwnHeaderAndFooterOnEveryPageStayOut() throws IOException {
        var bytes = Files.readAllBytes(FileDraftReadersTest.FILES.resolve("pdf").resolve(FileDraftReadersTest.FRAMEWORK + ".pdf"));
        try (var pdf = Loader.loadPDF(bytes)) {
            var raw = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            // the print carries the page's address and "1/3" at the foot of each page, its title at the head
            assertThat(raw).contains("file://", "1/" + pdf.getNumberOfPages());
        }
        var texts = read(bytes).draft().points().stream().map(DraftPoint::text).toList();
        assertThat(texts).hasSize(20).noneMatch(t -> t.contains("file:") || t.matches(".*\\b\\d/\\d\\b.*") || t.contains("framework as presented"));
    }

    @Test
    void runningLinesPageNumbersAndHyphenationOfATypesetDraft() throws IOException {
        var pages = List.of(
                List.of("Peace framework 2025 - confidential", "Preamble to the framework.", "", "1. Sovereignty: Ukraine's sovereignty",
                        "is confirmed by all signatories.", "2. Military Limits: Armed forces are capped at 800,000; disarma-",
                        "Page 1 of 3"),
                List.of("Peace framework 2025 - confidential", "ment of heavy weapons is not required.",
                        "3. Elections: Elections are held within 100 days of signing, with international",
                        "Page 2 of 3"),
                List.of("Peace framework 2025 - confidential", "observers.", "", "Signed in Geneva.", "Page 3 of 3"));
        var points = read(typeset(pages)).draft().points();
        assertThat(points).extracting(DraftPoint::number).containsExactly("1", "2", "3");
        assertThat(points).extracting(DraftPoint::category).containsExactly("Sovereignty", "Military Limits", "Elections");
        assertThat(points).extracting(DraftPoint::text).containsExactly(
                "Ukraine's sovereignty is confirmed by all signatories.",
                "Armed forces are capped at 800,000; disarmament of heavy weapons is not required.",
                "Elections are held within 100 days of signing, with international observers.");
    }

    /** A PDF typeset by PDFBox: each page's lines from the top, a blank entry a paragraph's gap. */
    private static byte[] typeset(List<List<String>> pages) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (var lines : pages) {
                var page = new PDPage();
                pdf.addPage(page);
                try (var content = new PDPageContentStream(pdf, page)) {
                    float y = 740;
                    for (int i = 0; i < lines.size(); i++) {
                        boolean footer = i == lines.size() - 1;
                        y = footer ? 40 : y - (lines.get(i).isEmpty() ? 30 : 16);
                        if (lines.get(i).isEmpty()) {
                            continue;
                        }
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(72, y);
                        content.showText(lines.get(i));
                        content.endText();
                    }
                }
            }
            pdf.save(out);
        }
        return out.toByteArray();
    }
}
