package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.execution.keys.KeySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMasterKeyTest {

    @TempDir
    Path folder;

    @Test
    void theFirstStartCreatesAnOwnerOnlyKeyAndLaterStartsReuseIt() throws Exception {
        Path dataDir = folder.resolve("local");

        Path created = LocalMasterKey.ensure(dataDir);
        String key = Files.readString(created);
        Path reused = LocalMasterKey.ensure(dataDir);

        assertThat(created).isEqualTo(dataDir.resolve("master-key"));
        assertThat(Files.readString(reused)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-------");
        var settings = new KeySettings(null, created, List.of(), List.of(), 100, Duration.ofMinutes(1));
        assertThat(settings.ring().current().id()).hasSize(16);
    }

    @Test
    void widenedPermissionsAreNarrowedAgain() throws Exception {
        Path file = LocalMasterKey.ensure(folder);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        LocalMasterKey.ensure(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
