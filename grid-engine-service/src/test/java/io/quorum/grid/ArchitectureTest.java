package io.quorum.grid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.quorum.grid", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule gridDomainIsPlainJava = noClasses()
            .that().resideInAnyPackage("io.quorum.grid.levels..", "io.quorum.grid.slots..", "io.quorum.grid.index..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "java.sql..", "jakarta..")
            .because("grid math and the slot state machine are domain logic, testable without any framework");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoTheApplicationLayer = noClasses()
            .that().resideInAnyPackage("io.quorum.grid.levels..", "io.quorum.grid.slots..", "io.quorum.grid.index..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quorum.grid.engine..", "io.quorum.grid.api..",
                    "io.quorum.grid.platform..");

    @ArchTest
    static final ArchRule nothingSendsToKafkaButTheOutboxRelay = noClasses()
            .that().resideOutsideOfPackage("io.quorum.grid.platform..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .because("domain events leave through the transactional outbox, never by a bare send");
}
