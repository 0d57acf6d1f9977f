package io.quorum.launcher;

import io.quorum.execution.keys.MasterKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The master key that wraps users' exchange-key data keys in a local run: created in the data folder on the first
 * start (readable by its owner only), reused by every later start — without it the keys stored so far could not
 * be opened. A deployment supplies its own through {@code QUORUM_KEYS_MASTER_KEY} or a secret file instead.
 */
final class LocalMasterKey {

    static final String FILE_NAME = "master-key";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private LocalMasterKey() {
    }

    /** The key file in {@code dataDir}, created with a new random key if there is none yet. */
    static Path ensure(Path dataDir) {
        return ensureSecretFile(dataDir, FILE_NAME, () -> MasterKey.generateBase64() + "\n");
    }

    /**
     * A secret file in {@code dataDir} readable by its owner only, created with {@code content} if there is none
     * yet, and kept as it is afterwards. The launcher keeps every key it makes this way.
     */
    static Path ensureSecretFile(Path dataDir, String fileName, Supplier<String> content) {
        Path file = dataDir.resolve(fileName);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                create(file, content);
            }
            if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY); // someone widened them: narrow them again
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the secret file " + file, e);
        }
    }

    private static void create(Path file, Supplier<String> content) throws IOException {
        try {
            if (posix(file.getParent())) {
                // owner-only from the first byte: the file never exists with wider permissions
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another launcher on the same folder made it first; it is the one to use
        }
        Files.writeString(file, content.get(), StandardCharsets.US_ASCII);
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }
}
