package io.quorum.signal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.quorum.signal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"io.quorum.signal.voting..", "io.quorum.signal.risk..",
            "io.quorum.signal.context..", "io.quorum.signal.technical.."};

    @ArchTest
    static final ArchRule decisionCoreIsPlainJava = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "java.sql..", "jakarta..")
            .because("consensus, limits and indicators are domain logic, testable without any framework");

    @ArchTest
    static final ArchRule votingAndRiskKnowNothingOfIndicators = noClasses()
            .that().resideInAnyPackage("io.quorum.signal.voting..", "io.quorum.signal.risk..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ta4j..", "io.quorum.signal.technical..")
            .because("an LLM vote and a technical vote are judged by the same rules");

    @ArchTest
    static final ArchRule onlyTheTechnicalVotersSpeakTa4j = noClasses()
            .that().resideOutsideOfPackage("io.quorum.signal.technical..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ta4j..")
            .because("indicator values leave the technical package as exact decimals");

    @ArchTest
    static final ArchRule nothingReadsTheWallClockInTheDecisionCore = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("event time drives every decision, so a replay gives the same decisions");
}
