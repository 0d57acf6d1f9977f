package io.quorum.execution.keys;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rest of the service sees decrypted keys only through the accessor; the cryptography is plain Java. */
class KeysArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.quorum.execution");

    @Test
    void otherPackagesReachKeysOnlyThroughTheAccessor() {
        noClasses().that().resideOutsideOfPackage("..execution.keys..")
                .should().dependOnClassesThat(resideInAPackage("..execution.keys..").and(not(belongToAnyOf(
                        UserApiKeys.class, ApiCredentials.class, KeyVenue.class, SealedDataException.class))))
                .check(classes);
    }

    @Test
    void theCryptographyIsFreeOfFrameworks() {
        noClasses().that().belongToAnyOf(Aead.class, DataKeyCipher.class, MasterKey.class, MasterKeyRing.class,
                        ApiCredentials.class, Secrets.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "tools.jackson..")
                .check(classes);
    }
}
