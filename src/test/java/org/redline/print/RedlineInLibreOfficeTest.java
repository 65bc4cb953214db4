package org.redline.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redline.testing.IntegrationTest;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.traversal.DocumentTraversal;
import org.w3c.dom.traversal.NodeFilter;

/**
 * The redline as LibreOffice reads it: converted headless to flat ODF, where its revisions are listed
 * as changed regions with author and date, and to PDF. Skipped, saying so, where LibreOffice is not
 * installed ({@code make office} installs it; CI runs that).
 */
class RedlineInLibreOfficeTest extends IntegrationTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /** A tracked change as LibreOffice lists it. */
    record Region(String kind, String author, String date, String text) {
    }

    @Test
    void libreOfficeListsEveryInsertionAndDeletionAsARevision(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed (make office): the redline is not opened in it");
        var docx = http().download("/api/documents/peace-plan/diff?from=1&to=2&format=docx").body();
        var file = dir.resolve("redline.docx");
        Files.write(file, docx);
        var written = RedlineReader.changes(docx);
        var version2 = http().get("/api/documents/peace-plan/versions/2").json().get("summary");

        var regions = regions(convert(dir, file, "fodt"));
        assertThat(regions).isNotEmpty();
        for (var region : regions) {
            assertThat(region.author()).as(region.toString()).isEqualTo(version2.get("recordedBy").asString());
            assertThat(region.date()).as(region.toString()).startsWith(version2.get("draftDate").asString());
        }
        var insertions = regions.stream().filter(r -> r.kind().equals("insertion")).count();
        assertThat(insertions).isEqualTo(written.stream().filter(c -> c.kind().equals("inserted")).count());
        // a removed point's deleted text and its deleted paragraph mark may be read as one region
        var deletions = regions.stream().filter(r -> r.kind().equals("deletion")).count();
        var deletedRuns = written.stream().filter(c -> c.kind().equals("deleted")).count();
        var deletedMarks = written.stream().filter(c -> c.kind().equals("paragraph-deleted")).count();
        assertThat(deletions).isBetween(deletedRuns - deletedMarks, deletedRuns);
        assertThat(String.join("|", regions.stream().filter(r -> r.kind().equals("deletion")).map(Region::text).toList()))
                .contains("600,000");
        assertThat(String.join("|", regions.stream().filter(r -> r.kind().equals("insertion")).map(Region::text).toList()))
                .contains("800,000").contains("in peacetime");

        // printed with its changes shown, both the old and the new words are on the page
        try (var pdf = Loader.loadPDF(convert(dir, file, "pdf").toFile())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            var text = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("600,000").contains("800,000").contains("in peacetime");
        }
    }

    private static Path convert(Path dir, Path file, String format) throws IOException, InterruptedException {
        var out = dir.resolve("out");
        var process = new ProcessBuilder(SOFFICE.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", format, "--outdir", out.toString(),
                file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice converts within 3 minutes").isTrue();
        var converted = out.resolve(file.getFileName().toString().replaceAll("\\.docx$", "." + format));
        assertThat(converted).as(Files.readString(dir.resolve("soffice.log"))).exists();
        return converted;
    }

    /**
     * The text LibreOffice marks as each change's, by change id: it writes deleted as well as inserted
     * text in the body, between {@code text:change-start} and {@code text:change-end}.
     */
    private static Map<String, StringBuilder> markedText(org.w3c.dom.Document document) {
        var texts = new HashMap<String, StringBuilder>();
        var open = new LinkedHashSet<String>();
        var walker = ((DocumentTraversal) document).createTreeWalker(document.getDocumentElement(),
                NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, null, true);
        for (var node = walker.nextNode(); node != null; node = walker.nextNode()) {
            if (node instanceof Element element && TEXT.equals(element.getNamespaceURI())) {
                var id = element.getAttributeNS(TEXT, "change-id");
                if (element.getLocalName().equals("change-start")) {
                    open.add(id);
                } else if (element.getLocalName().equals("change-end")) {
                    open.remove(id);
                }
            } else if (node.getNodeType() == Node.TEXT_NODE) {
                for (var id : open) {
                    texts.computeIfAbsent(id, k -> new StringBuilder()).append(node.getNodeValue());
                }
            }
        }
        return texts;
    }

    private static List<Region> regions(Path fodt) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(fodt.toFile());
        var marked = markedText(document);
        var regions = new ArrayList<Region>();
        var changed = document.getElementsByTagNameNS(TEXT, "changed-region");
        for (int i = 0; i < changed.getLength(); i++) {
            var region = (Element) changed.item(i);
            for (var kind : List.of("insertion", "deletion")) {
                var found = region.getElementsByTagNameNS(TEXT, kind);
                if (found.getLength() > 0) {
                    var change = (Element) found.item(0);
                    var author = change.getElementsByTagNameNS(DC, "creator").item(0).getTextContent();
                    var date = change.getElementsByTagNameNS(DC, "date").item(0).getTextContent();
                    var text = marked.getOrDefault(region.getAttributeNS(TEXT, "id"), new StringBuilder()).toString();
                    regions.add(new Region(kind, author, date, text));
                }
            }
        }
        return regions;
    }
}
