package io.quorum.marketdata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.quorum.marketdata", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainModelKnowsNoFrameworks = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "jakarta..", "java.sql..", "javax.sql..")
            .because("candles, roll-ups and tick paths are plain Java, tested without a container");

    @ArchTest
    static final ArchRule theDomainModelDoesNotReachIntoTheApplication = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quorum.marketdata.platform..")
            .because("the model is used by the application, never the other way round");

    @ArchTest
    static final ArchRule ticksAndBooksAreTheOnlyDirectKafkaSends = noClasses()
            .that().doNotHaveSimpleName("TickPublisher").and().doNotHaveSimpleName("OutboxRelay")
            .and().doNotHaveSimpleName("MessagingConfiguration").and().doNotHaveSimpleName("ReplayConfiguration")
            .and().doNotHaveSimpleName("OrderBookPublisher").and().doNotHaveSimpleName("LiveConfiguration")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
            .allowEmptyShould(true)
            .because("state changes publish through the outbox; only ticks and order books, which change no state, go straight to Kafka");
}
