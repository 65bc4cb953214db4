package org.redline;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the features' dependencies running one way, as DESIGN.md draws them. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.redline");
    }

    @Test
    void featuresDoNotFormCycles() {
        slices().matching("org.redline.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void documentDependsOnNoOtherFeature() {
        noClasses().that().resideInAPackage("org.redline.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.redline.version..", "org.redline.importing..",
                        "org.redline.alignment..", "org.redline.diff..", "org.redline.history..", "org.redline.web..")
                .check(classes);
    }

    @Test
    void versionDependsOnlyOnDocument() {
        noClasses().that().resideInAPackage("org.redline.version..")
                .should().dependOnClassesThat().resideInAnyPackage("org.redline.importing..", "org.redline.alignment..",
                        "org.redline.diff..", "org.redline.history..", "org.redline.web..")
                .check(classes);
    }

    @Test
    void onlyTheWebLayerDependsOnWeb() {
        noClasses().that().resideOutsideOfPackage("org.redline.web..")
                .should().dependOnClassesThat().resideInAPackage("org.redline.web..").check(classes);
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
    void importingDependsOnAlignmentAndVersionOnly() {
        noClasses().that().resideInAPackage("org.redline.importing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.redline.diff..", "org.redline.history..", "org.redline.web..")
                .check(classes);
        noClasses().that().resideInAPackage("org.redline.alignment..")
                .should().dependOnClassesThat().resideInAnyPackage("org.redline.importing..", "org.redline.diff..",
                        "org.redline.history..", "org.redline.web..", "org.redline.document..")
                .check(classes);
    }

    @Test
    void controllersUseNoRepositoryOrTransaction() {
        noClasses().that().resideInAPackage("org.redline.web..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .check(classes);
    }
}
