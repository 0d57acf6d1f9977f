package io.quorum.launcher;

import io.quorum.registry.auth.SigningKey;
import java.nio.file.Path;

/**
 * The key the registry signs access tokens with in a local run: a private P-256 JWK created in the data folder on the
 * first start (owner-only, like the master key) and reused later, so tokens signed before a restart stay valid until
 * they expire. A deployment supplies its own through {@code QUORUM_AUTH_JWT_SIGNINGKEY} or a secret file instead.
 */
final class LocalSigningKey {

    static final String FILE_NAME = "jwt-signing-key.json";

    private LocalSigningKey() {
    }

    static Path ensure(Path dataDir) {
        return LocalMasterKey.ensureSecretFile(dataDir, FILE_NAME, () -> SigningKey.generateJson() + "\n");
    }
}
