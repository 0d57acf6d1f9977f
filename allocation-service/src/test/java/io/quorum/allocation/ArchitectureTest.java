package io.quorum.allocation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.quorum.allocation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theLedgerAndThePoliciesKnowNoFramework = noClasses()
            .that().resideInAnyPackage("io.quorum.allocation.ledger", "io.quorum.allocation.intents.policy")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..", "tools.jackson..",
                    "java.sql..", "org.slf4j..");

    @ArchTest
    static final ArchRule onlyTheOutboxRelayTalksToKafkaDirectly = noClasses()
            .that().resideOutsideOfPackage("io.quorum.allocation.platform")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");

    @ArchTest
    static final ArchRule noClockInTheDomain = noClasses()
            .that().resideInAnyPackage("io.quorum.allocation.ledger..", "io.quorum.allocation.intents..",
                    "io.quorum.allocation.executions..", "io.quorum.allocation.lifecycle..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");

    @ArchTest
    static final ArchRule noDoubleMoney = noClasses()
            .that().resideInAPackage("io.quorum.allocation..")
            .should().callMethod(java.math.BigDecimal.class, "valueOf", double.class);
}
