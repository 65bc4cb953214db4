package org.redline.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redline.importing.FileDraftReadersTest;
import org.redline.testing.IntegrationTest;
import org.redline.version.VersionTimeline;
import org.springframework.beans.factory.annotation.Autowired;

/** The command-line import of a folder: progress, summary, exit status, stop at the first failure. */
class FolderImportTest extends IntegrationTest {

    @Autowired
    FolderImport folderImport;

    @Autowired
    VersionTimeline versions;

    @TempDir
    Path dir;

    @Test
    void recordsEveryDraftInNameOrderWithProgressAndASummary() throws IOException {
        var slug = "folder-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(dir.resolve("document.json"), "{\"slug\": \"" + slug + "\", \"title\": \"Folder import\"}");
        Files.writeString(dir.resolve("001-seed.md"), "---\nid: seed\nlabel: Seed table\n---\n"
                + Files.readString(Path.of("fixtures", "alignment", "seed-28pt.md")));
        Files.writeString(dir.resolve("002-framework.txt"), "---\nid: framework\nlabel: 20 points\nderivedFrom: seed\n---\n"
                + Files.readString(Path.of("fixtures", "alignment", "us-ua-20pt-framework", "draft.txt")));
        Files.writeString(dir.resolve("notes.xlsx"), "not a draft");

        var out = new ByteArrayOutputStream();
        int status = folderImport.importFolder(dir, "", "tester", new PrintStream(out, true, StandardCharsets.UTF_8));

        var printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).contains("Created document '" + slug + "'", "Importing 2 draft(s)", "[1/2] 001-seed.md ... version 1 (seed), markdown",
                "[2/2] 002-framework.txt ... version 2 (framework), text", "merge(s)", "split(s)", "Summary: 2 of 2 draft(s) recorded");
        assertThat(versions.get(slug, "framework").summary().recordedBy()).isEqualTo("tester");
    }

    @Test
    void picksUpWordPdfOdtAndHtmlFilesTheirTitlesAsLabels() throws IOException {
        var slug = "folder-" + UUID.randomUUID().toString().substring(0, 8);
        var files = FileDraftReadersTest.FILES;
        Files.writeString(dir.resolve("document.json"), "{\"slug\": \"" + slug + "\", \"title\": \"Folder import\"}");
        Files.copy(files.resolve("html/us-28pt-2025-11-20.html"), dir.resolve("001-us-28pt.html"));
        Files.copy(files.resolve("docx/ua-us-20pt-2025-12-23-tracked.docx"), dir.resolve("002-framework.docx"));

        var out = new ByteArrayOutputStream();
        int status = folderImport.importFolder(dir, "", "tester", new PrintStream(out, true, StandardCharsets.UTF_8));

        var printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isZero();
        assertThat(printed).contains("Importing 2 draft(s)", "[1/2] 001-us-28pt.html ... version 1, html", "[2/2] 002-framework.docx ... version 2, docx");
        assertThat(versions.get(slug, "1").points()).hasSize(28);
        assertThat(versions.get(slug, "2").summary().label()).startsWith("US-Ukraine 20-point framework");
    }

    @Test
    void stopsAtTheFirstDraftThatFailsAndSaysWhere() throws IOException {
        var slug = "folder-" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(dir.resolve("document.json"), "{\"slug\": \"" + slug + "\", \"title\": \"Folder import\"}");
        Files.writeString(dir.resolve("001-one.txt"), "---\nlabel: one\n---\n1. A point.\n");
        Files.writeString(dir.resolve("002-two.txt"), "---\nlabel: two\n---\nNo list here.\n");
        Files.writeString(dir.resolve("003-three.txt"), "---\nlabel: three\n---\n1. Another point.\n");

        var out = new ByteArrayOutputStream();
        int status = folderImport.importFolder(dir, slug, "tester", new PrintStream(out, true, StandardCharsets.UTF_8));

        var printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(printed).contains("[2/3] 002-two.txt ... FAILED: line 4: no numbered points found",
                "Summary: 1 of 3 draft(s) recorded; stopped at 002-two.txt, 1 not tried");
        assertThat(versions.timeline(slug, 0, 10).totalItems()).isEqualTo(1);
    }

    @Test
    void anUnknownDocumentIsNamed() {
        var out = new ByteArrayOutputStream();
        int status = folderImport.importFolder(dir, "no-such-document", "tester", new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no-such-document");
    }
}
