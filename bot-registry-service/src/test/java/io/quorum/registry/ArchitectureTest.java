package io.quorum.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.quorum.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "jakarta..", "java.sql..",
                    "io.quorum.registry.platform..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOther = noClasses().that().resideInAPackage("io.quorum.registry.users..")
            .should().dependOnClassesThat().resideInAPackage("io.quorum.registry.bots..");
}
