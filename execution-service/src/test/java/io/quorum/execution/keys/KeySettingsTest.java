package io.quorum.execution.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class KeySettingsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path folder;

    @Test
    void withoutAMasterKeyTheServiceRefusesToStartSayingWhatToConfigure() {
        var settings = new KeySettings(null, null, null, null, 100, MINUTE);

        assertThatThrownBy(settings::ring).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUORUM_KEYS_MASTER_KEY").hasMessageContaining("quorum.keys.master-key-file");
    }

    @Test
    void theMasterKeyIsReadFromTheEnvironmentVariableQuorumKeysMasterKey() {
        String current = MasterKey.generateBase64();
        String retired = MasterKey.generateBase64();
        var environment = new SystemEnvironmentPropertySource("env", Map.of("QUORUM_KEYS_MASTER_KEY", current,
                "QUORUM_KEYS_RETIRED_MASTER_KEYS", retired));

        KeySettings settings = new Binder(ConfigurationPropertySources.from(environment))
                .bind("quorum.keys", KeySettings.class).get();

        assertThat(settings.ring().current().id()).isEqualTo(MasterKey.fromBase64(current, "x").id());
        assertThat(settings.ring().retiredIds()).containsExactly(MasterKey.fromBase64(retired, "x").id());
        assertThat(settings.rotationInterval()).isEqualTo(MINUTE);
    }

    @Test
    void aContextWithoutAMasterKeyFailsToStartWithThatMessage() {
        new ApplicationContextRunner()
                .withBean(JdbcClient.class, () -> JdbcClient.create(new DriverManagerDataSource()))
                .withBean(TransactionTemplate.class, () -> new TransactionTemplate(new DataSourceTransactionManager(new DriverManagerDataSource())))
                .withUserConfiguration(KeysConfiguration.class)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageStartingWith("No master key for users' exchange API keys"));
    }

    @Test
    void aMasterKeyOfTheWrongSizeIsRefusedWithoutShowingIt() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        var settings = new KeySettings(short16, null, null, null, 100, MINUTE);

        assertThatThrownBy(settings::ring).hasMessageContaining("32 bytes").hasMessageContaining("has 16 bytes")
                .hasMessageNotContaining(short16);
        assertThatThrownBy(new KeySettings("not base64!", null, null, null, 100, MINUTE)::ring)
                .hasMessageContaining("not valid base64").hasMessageNotContaining("not base64!");
    }

    @Test
    void theCurrentKeyComesFromAFileAndRetiredOnesFromValuesOrFiles() throws Exception {
        String current = MasterKey.generateBase64();
        String retiredValue = MasterKey.generateBase64();
        String retiredInFile = MasterKey.generateBase64();
        Path currentFile = Files.writeString(folder.resolve("master-key"), current + "\n");
        Path retiredFile = Files.writeString(folder.resolve("old-key"), retiredInFile);

        MasterKeyRing ring = new KeySettings(null, currentFile, List.of(retiredValue), List.of(retiredFile), 100, MINUTE).ring();

        assertThat(ring.current().id()).isEqualTo(MasterKey.fromBase64(current, "x").id());
        assertThat(ring.retiredIds()).containsExactly(MasterKey.fromBase64(retiredValue, "x").id(),
                MasterKey.fromBase64(retiredInFile, "x").id());
        assertThat(ring.byId(MasterKey.fromBase64(retiredInFile, "x").id())).isPresent();
    }

    @Test
    void bothAValueAndAFileForTheCurrentKeyIsAmbiguous() throws Exception {
        Path file = Files.writeString(folder.resolve("master-key"), MasterKey.generateBase64());

        assertThatThrownBy(new KeySettings(MasterKey.generateBase64(), file, null, null, 100, MINUTE)::ring)
                .hasMessageContaining("Both");
    }

    @Test
    void aMissingKeyFileIsNamed() {
        Path missing = folder.resolve("absent");

        assertThatThrownBy(new KeySettings(null, missing, null, null, 100, MINUTE)::ring)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aRetiredKeyEqualToTheCurrentOneIsNotRetired() {
        String current = MasterKey.generateBase64();

        assertThat(new KeySettings(current, null, List.of(current), null, 100, MINUTE).ring().retiredIds()).isEmpty();
    }

    @Test
    void noKeyAppearsInTheSettingsOrKeysToString() {
        String current = MasterKey.generateBase64();
        String retired = MasterKey.generateBase64();
        var settings = new KeySettings(current, null, List.of(retired), null, 100, MINUTE);

        assertThat(settings.toString()).doesNotContain(current).doesNotContain(retired);
        assertThat(settings.ring().toString()).doesNotContain(current).doesNotContain(retired);
        assertThat(settings.ring().current().toString()).doesNotContain(current);
    }

    @Test
    void masterKeyIdsAreDerivedFromTheKeySoDifferentKeysNeverShareOne() {
        String value = MasterKey.generateBase64();

        assertThat(MasterKey.fromBase64(value, "a").id()).isEqualTo(MasterKey.fromBase64(value, "b").id()).hasSize(16);
        assertThat(MasterKey.fromBase64(MasterKey.generateBase64(), "c").id()).isNotEqualTo(MasterKey.fromBase64(value, "a").id());
    }
}
