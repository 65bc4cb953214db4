package org.redline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Spring Modulith's module check ({@code ModulesTest}) does not cover: each library stays inside
 * the one module that wraps it, and controllers reach data only through a module's entry.
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
}
