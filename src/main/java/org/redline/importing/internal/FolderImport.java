package org.redline.importing.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.redline.alignment.Match;
import org.redline.document.Documents;
import org.redline.document.NewDocument;
import org.redline.importing.DraftImport;
import org.redline.version.ExpectedLatest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a folder of drafts from the command line, in file-name order, each through the same import
 * as an upload, with a line of progress per draft and a summary; then the process exits (status 1 when
 * a draft failed). Started by {@code make import DIR=... DOC=...}, which sets
 * {@code redline.import.dir} and {@code redline.import.document}. It stops at the first draft that
 * fails, so later drafts never derive from the wrong base; the ones before it stay recorded.
 */
@Component
@Order // after the fixture loader, so an empty database gets the fixtures first
class FolderImport implements ApplicationRunner {

    private final DraftImport drafts;
    private final Documents documents;
    private final ConfigurableApplicationContext context;
    private final String dir;
    private final String document;
    private final String editor;

    FolderImport(DraftImport drafts, Documents documents, ConfigurableApplicationContext context,
            @Value("${redline.import.dir:}") String dir, @Value("${redline.import.document:}") String document,
            @Value("${redline.import.editor:cli}") String editor) {
        this.drafts = drafts;
        this.documents = documents;
        this.context = context;
        this.dir = dir;
        this.document = document;
        this.editor = editor;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (dir.isBlank()) {
            return;
        }
        int status = importFolder(Path.of(dir), document, editor, System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** @return 0 when every draft was recorded, 1 otherwise */
    int importFolder(Path folder, String slug, String author, PrintStream out) {
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(FolderImport::isDraft).sorted().toList();
        } catch (IOException e) {
            out.println("Cannot read folder " + folder + ": " + e.getMessage());
            return 1;
        }
        try {
            slug = ensureDocument(folder, slug, out);
        } catch (RuntimeException e) {
            out.println(e.getMessage());
            return 1;
        }
        out.printf("Importing %d draft(s) from %s into '%s' as %s%n", files.size(), folder, slug, author);
        var recorded = new ArrayList<String>();
        for (int n = 0; n < files.size(); n++) {
            var file = files.get(n);
            var name = file.getFileName().toString();
            out.printf("[%d/%d] %s ... ", n + 1, files.size(), name);
            out.flush();
            try {
                var result = drafts.recordAligned(slug, new DraftUpload(Files.readAllBytes(file), null, name, Map.of()),
                        ExpectedLatest.ANY, author);
                var version = result.recorded().version();
                var line = "version " + version.number() + (version.ref() == null ? "" : " (" + version.ref() + ")")
                        + ", " + result.format().code() + ", " + counts(version.changes()) + "; aligned " + reasons(result.alignment().matches());
                out.println(line);
                recorded.add(name + " -> " + line);
            } catch (IOException e) {
                out.println("FAILED: cannot read the file: " + e.getMessage());
                return summary(out, recorded, files.size(), name);
            } catch (RuntimeException e) {
                out.println("FAILED: " + e.getMessage());
                return summary(out, recorded, files.size(), name);
            }
        }
        return summary(out, recorded, files.size(), null);
    }

    private int summary(PrintStream out, List<String> recorded, int total, String failed) {
        out.printf("Summary: %d of %d draft(s) recorded%s%n", recorded.size(), total,
                failed == null ? "" : "; stopped at " + failed + ", " + (total - recorded.size() - 1) + " not tried");
        recorded.forEach(r -> out.println("  " + r));
        return failed == null ? 0 : 1;
    }

    private String ensureDocument(Path folder, String slug, PrintStream out) {
        var meta = folder.resolve("document.json");
        if (Files.exists(meta)) {
            try {
                var node = JsonMapper.shared().readTree(Files.readAllBytes(meta));
                var given = node.get("slug").asString();
                if (!slug.isBlank() && !slug.equals(given)) {
                    throw new IllegalArgumentException("document.json names '" + given + "' but the import was asked for '" + slug + "'");
                }
                if (documents.all().stream().noneMatch(d -> d.slug().equals(given))) {
                    documents.create(new NewDocument(given, node.get("title").asString(),
                            node.has("description") ? node.get("description").asString() : null));
                    out.println("Created document '" + given + "' from document.json");
                }
                return given;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (slug.isBlank()) {
            throw new IllegalArgumentException("Name the document: DOC=slug (or put a document.json in the folder)");
        }
        documents.get(slug); // DocumentNotFound names it
        return slug;
    }

    private static boolean isDraft(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.equals("document.json") && !name.startsWith(".") && DraftReaders.knowsName(name);
    }

    private static String counts(org.redline.version.ChangeCounts c) {
        return c.added() + " added, " + c.removed() + " removed, " + c.modified() + " modified, " + c.renumbered()
                + " renumbered, " + c.unchanged() + " unchanged, " + c.unknown() + " unknown";
    }

    private static String reasons(List<Match> matches) {
        var byReason = new TreeMap<String, Long>(matches.stream().collect(Collectors.groupingBy(m -> m.reason().code(), Collectors.counting())));
        long merges = matches.stream().filter(m -> !m.mergedFrom().isEmpty()).count();
        long splits = matches.stream().filter(m -> m.splitFrom() != null).count();
        var text = byReason.entrySet().stream().map(e -> e.getValue() + " by " + e.getKey()).collect(Collectors.joining(", "));
        return text + (merges > 0 ? ", " + merges + " merge(s)" : "") + (splits > 0 ? ", " + splits + " split(s)" : "");
    }

}
