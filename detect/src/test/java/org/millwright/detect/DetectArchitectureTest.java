package org.millwright.detect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;

/** Keeps detection a pure core: JDK, model, SnakeYAML and SLF4J only, and time only from the samples. */
@AnalyzeClasses(packages = "org.millwright.detect", importOptions = ImportOption.DoNotIncludeTests.class)
class DetectArchitectureTest {
    @ArchTest
    static final ArchRule dependsOnlyOnModelYamlAndLogging = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.millwright.detect..", "org.millwright.model..", "org.yaml.snakeyaml..",
                    "org.slf4j..")
            .because("detect is a framework-free core that also runs inside Kafka Streams");

    @ArchTest
    static final ArchRule neverReadsTheWallClock = noClasses().should().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
            .because("detection is driven only by the samples' timestamps, so replays give the same events");

    @ArchTest
    static final ArchRule engineDoesNotKnowYaml = noClasses().that()
            .resideInAPackage("org.millwright.detect.internal.engine..").should().dependOnClassesThat()
            .resideInAnyPackage("org.yaml.snakeyaml..", "org.millwright.detect.internal.rules..");
}
