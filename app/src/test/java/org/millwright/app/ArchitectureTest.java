package org.millwright.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module direction of DESIGN.md §2, checked on the compiled classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.millwright");
    }

    @Test
    void modelUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.millwright.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.millwright.model..", "java..")
                .check(classes);
    }

    @Test
    void chartUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.millwright.chart..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.millwright.chart..", "java..")
                .check(classes);
    }

    @Test
    void detectDependsOnlyOnModel() {
        noClasses().that().resideInAPackage("org.millwright.detect..")
                .should().dependOnClassesThat().resideInAnyPackage("org.millwright.ingest..", "org.millwright.orchestrate..",
                        "org.millwright.connector..", "org.millwright.protocol..", "org.millwright.app..",
                        "org.springframework..", "org.flowable..", "com.hivemq..")
                .check(classes);
    }

    @Test
    void ingestKnowsNoProtocolAndNoFramework() {
        noClasses().that().resideInAPackage("org.millwright.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.millwright.protocol..", "org.millwright.detect..",
                        "org.millwright.orchestrate..", "org.millwright.app..", "org.springframework..", "com.hivemq..")
                .check(classes);
    }

    @Test
    void onboardingKnowsNoFrameworkAndNoDetection() {
        noClasses().that().resideInAPackage("org.millwright.onboarding..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.millwright.app..",
                        "org.millwright.detect..", "org.millwright.orchestrate..", "org.millwright.connector..")
                .check(classes);
    }

    @Test
    void orchestrateCoreKnowsNoFrameworkAndNoAdapter() {
        noClasses().that().resideInAPackage("org.millwright.orchestrate")
                .or().resideInAPackage("org.millwright.orchestrate.spi")
                .should().dependOnClassesThat().resideInAnyPackage("org.flowable..", "org.springframework..",
                        "org.millwright.connector.sandbox..", "org.millwright.app..")
                .check(classes);
    }

    @Test
    void orchestrateUsesConnectorsOnlyThroughTheirPorts() {
        noClasses().that().resideInAPackage("org.millwright.orchestrate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.millwright.connector.sandbox..",
                        "org.millwright.sandbox..", "org.millwright.ingest..", "org.millwright.detect..")
                .check(classes);
    }

    @Test
    void connectorPortsDependOnlyOnModel() {
        noClasses().that().resideInAPackage("org.millwright.connector")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.millwright.connector",
                        "org.millwright.model..", "java..")
                .check(classes);
    }

    @Test
    void sandboxSystemsAreAnExternalSystemAndKnowNoHubModule() {
        noClasses().that().resideInAPackage("org.millwright.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("org.millwright.model..", "org.millwright.connector..",
                        "org.millwright.ingest..", "org.millwright.orchestrate..", "org.millwright.app..")
                .check(classes);
    }

    @Test
    void consoleKnowsOnlyItsOwnSpi() {
        noClasses().that().resideInAPackage("org.millwright.console..")
                .should().dependOnClassesThat().resideInAnyPackage("org.millwright.app..", "org.millwright.orchestrate..",
                        "org.millwright.ingest..", "org.millwright.detect..", "org.flowable..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheApp() {
        noClasses().that().resideOutsideOfPackage("org.millwright.app..")
                .should().dependOnClassesThat().resideInAPackage("org.millwright.app..")
                .check(classes);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        slices().matching("org.millwright.(*)..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("..internal.."))
                .check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("org.millwright.(*)..").should().beFreeOfCycles().check(classes);
    }
}
