package org.redline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Spring Modulith's module check ({@code ModulesTest}) does not cover: each library stays inside
 * the one module that wraps it, controllers reach data only through a module's entry, and a class
 * over 300 lines says why in its comment.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.redline");
    }

    @Test
    void javersAndDiffUtilsStayInsideTheirModules() {
        noClasses().that().resideOutsideOfPackage("org.redline.history..")
                .should().dependOnClassesThat().resideInAPackage("org.javers..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.redline.diff..")
                .should().dependOnClassesThat().resideInAPackage("com.github.difflib..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.redline.importing..")
                .should().dependOnClassesThat().resideInAPackage("org.commonmark..").check(classes);
    }

    @Test
    void controllersUseNoRepositoryOrTransaction() {
        noClasses().that().resideInAPackage("org.redline..web..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .check(classes);
    }

    /** The first type declaration of a file: what comes before it is the class comment. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^(public |final |abstract |sealed |non-sealed )*(class|interface|enum|record|@interface) ", Pattern.MULTILINE);

    @Test
    void noClassOver300LinesWithoutAReason() throws IOException {
        try (var files = Files.walk(Path.of("src", "main", "java"))) {
            var sources = files.filter(file -> file.toString().endsWith(".java")).toList();
            assertThat(sources).as("the sources are read from the project directory").hasSizeGreaterThan(100);
            var unexplained = sources.stream().filter(file -> {
                var text = read(file);
                var declaration = DECLARATION.matcher(text);
                var comment = declaration.find() ? text.substring(0, declaration.start()) : "";
                return text.lines().count() > 300 && !comment.contains("over 300 lines");
            }).toList();
            assertThat(unexplained).as("classes over 300 lines whose class comment gives no reason "
                    + "(split them, or say why they are kept whole, in words with \"over 300 lines\")").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
