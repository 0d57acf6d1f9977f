package io.quorum.execution.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.keys}: the master keys that wrap users' data keys. The current key comes from
 * {@code master-key} (base64 of 32 bytes; as an environment variable {@code QUORUM_KEYS_MASTER_KEY}) or from
 * {@code master-key-file} (a file holding that base64, e.g. a mounted secret). Retired keys, from
 * {@code retired-master-keys} or {@code retired-master-key-files}, still open what they wrapped while the
 * rotation moves it to the current key. Without a master key the service does not start.
 */
@ConfigurationProperties("quorum.keys")
public record KeySettings(String masterKey, Path masterKeyFile, List<String> retiredMasterKeys,
                          List<Path> retiredMasterKeyFiles, @DefaultValue("100") int rotationBatchSize,
                          @DefaultValue("PT1M") Duration rotationInterval) {

    public KeySettings {
        retiredMasterKeys = retiredMasterKeys == null ? List.of() : List.copyOf(retiredMasterKeys);
        retiredMasterKeyFiles = retiredMasterKeyFiles == null ? List.of() : List.copyOf(retiredMasterKeyFiles);
        if (rotationBatchSize < 1) {
            throw new IllegalArgumentException("quorum.keys.rotation-batch-size must be at least 1");
        }
        if (rotationInterval.isNegative() || rotationInterval.isZero()) {
            throw new IllegalArgumentException("quorum.keys.rotation-interval must be positive");
        }
    }

    /** The configured keys, or a start-up failure that says what to configure. */
    public MasterKeyRing ring() {
        boolean inline = masterKey != null && !masterKey.isBlank();
        if (inline && masterKeyFile != null) {
            throw new IllegalStateException("Both quorum.keys.master-key and quorum.keys.master-key-file are set: "
                    + "configure the current master key once");
        }
        if (!inline && masterKeyFile == null) {
            throw new IllegalStateException("No master key for users' exchange API keys: set the environment variable "
                    + "QUORUM_KEYS_MASTER_KEY (base64 of 32 random bytes, e.g. from `openssl rand -base64 32`) or "
                    + "quorum.keys.master-key-file (a file holding it, readable by this service only). The local "
                    + "launcher creates one in its data folder.");
        }
        MasterKey current = inline ? MasterKey.fromBase64(masterKey, "quorum.keys.master-key")
                : MasterKey.fromBase64(read(masterKeyFile), "file " + masterKeyFile);
        List<MasterKey> retired = new ArrayList<>();
        for (int i = 0; i < retiredMasterKeys.size(); i++) {
            retired.add(MasterKey.fromBase64(retiredMasterKeys.get(i), "quorum.keys.retired-master-keys[" + i + "]"));
        }
        for (Path file : retiredMasterKeyFiles) {
            retired.add(MasterKey.fromBase64(read(file), "file " + file));
        }
        return new MasterKeyRing(current, retired);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the master key file " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** Never the keys themselves: a record's own toString would print them. */
    @Override
    public String toString() {
        return "KeySettings[masterKey=" + (masterKey == null ? "unset" : "(hidden)") + ", masterKeyFile=" + masterKeyFile
                + ", retiredMasterKeys=" + retiredMasterKeys.size() + " (hidden), retiredMasterKeyFiles="
                + retiredMasterKeyFiles + ", rotationBatchSize=" + rotationBatchSize + ", rotationInterval="
                + rotationInterval + "]";
    }
}
