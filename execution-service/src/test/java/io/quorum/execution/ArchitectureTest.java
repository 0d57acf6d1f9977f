package io.quorum.execution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quorum.execution.matching.PaperBook;
import io.quorum.execution.orders.FeeSchedule;
import io.quorum.execution.orders.PaperPricing;
import io.quorum.execution.orders.PlacementRequest;
import io.quorum.execution.orders.Slippage;
import io.quorum.execution.orders.Verdict;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.positions.Position;
import org.junit.jupiter.api.Test;

/** The trading rules stay plain Java: no Spring, Kafka or JDBC in the book, the orders, the positions or the policies. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.quorum.execution");

    @Test
    void theDomainIsFreeOfFrameworks() {
        noClasses().that().resideInAPackage("..execution.matching..")
                .or().haveSimpleNameEndingWith("Policy")
                .or().belongToAnyOf(VenueOrder.class, Position.class, FeeSchedule.class, Slippage.class,
                        PaperPricing.class, PlacementRequest.class, Verdict.class, PaperBook.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "java.sql..", "javax.sql..", "jakarta..")
                .check(classes);
    }

    @Test
    void domainEventsLeaveOnlyThroughTheOutbox() {
        noClasses().that().resideOutsideOfPackage("..execution.platform..")
                .should().dependOnClassesThat().haveSimpleName("KafkaTemplate")
                .check(classes);
    }

    @Test
    void theBookKnowsNothingOfOrdersPersistenceOrPositions() {
        noClasses().that().resideInAPackage("..execution.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("..execution.orders..", "..execution.positions..",
                        "..execution.market..", "..execution.platform..")
                .check(classes);
    }
}
