package io.quorum.notifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (each feature's top package) stays plain Java; Spring, Kafka and JDBC live in {@code internal}. */
@AnalyzeClasses(packages = "io.quorum.notifier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses()
            .that().resideInAnyPackage("io.quorum.notifier.settings", "io.quorum.notifier.notification",
                    "io.quorum.notifier.delivery")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "tools.jackson..", "com.fasterxml..");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnothersInternals = classes()
            .that().resideInAPackage("io.quorum.notifier.(*)..")
            .should(new com.tngtech.archunit.lang.ArchCondition<>("only use their own feature's internal package") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                  com.tngtech.archunit.lang.ConditionEvents events) {
                    String feature = featureOf(item.getPackageName());
                    item.getDirectDependenciesFromSelf().forEach(dependency -> {
                        String target = dependency.getTargetClass().getPackageName();
                        if (target.startsWith("io.quorum.notifier.") && target.endsWith(".internal")
                                && !featureOf(target).equals(feature)) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription()));
                        }
                    });
                }
            });

    private static String featureOf(String packageName) {
        String rest = packageName.substring("io.quorum.notifier.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
