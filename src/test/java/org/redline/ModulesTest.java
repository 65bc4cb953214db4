package org.redline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules, one per feature, as Spring Modulith reads them: no cycles, no reach into
 * another module's internals, and each module's dependencies limited to those its {@code package-info}
 * allows. The module diagrams and canvases in {@code docs/modules} are generated here, so the picture
 * cannot drift from the code: when they differ from what the code gives, they are rewritten and the
 * test fails until the new ones are committed.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RedlineApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void diagramsInDocsAreTheCodes() throws IOException {
        var generated = Path.of("target", "modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        var fresh = contents(generated);
        var committed = contents(DOCS);
        if (!linesOf(fresh).equals(linesOf(committed))) {
            try (var old = Files.list(DOCS)) {
                for (var file : old.toList()) {
                    Files.delete(file);
                }
            } catch (java.nio.file.NoSuchFileException absent) {
                Files.createDirectories(DOCS);
            }
            for (var entry : fresh.entrySet()) {
                Files.writeString(DOCS.resolve(entry.getKey()), entry.getValue());
            }
        }
        assertThat(linesOf(committed)).as("docs/modules is regenerated from the code; commit it").isEqualTo(linesOf(fresh));
    }

    /**
     * Each file's lines, sorted: the Documenter writes a diagram's relations and a canvas's lists in an
     * order that varies from run to run, and only what they say matters. (A canvas's first list item
     * carries the table cell's {@code |}, so whichever item comes first has it: it is set aside too.)
     */
    private static Map<String, List<String>> linesOf(Map<String, String> files) {
        var lines = new TreeMap<String, List<String>>();
        files.forEach((name, text) -> lines.put(name, text.lines().map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted().toList()));
        return lines;
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        var files = new TreeMap<String, String>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (var file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }
}
