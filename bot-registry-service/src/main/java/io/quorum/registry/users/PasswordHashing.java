package io.quorum.registry.users;

import io.quorum.registry.users.domain.Password;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB of memory, 2 passes, 1 lane, 16-byte salt, 32-byte hash). The
 * encoded form carries its parameters, so stronger ones can be chosen later without breaking stored hashes.
 */
public class PasswordHashing {

    private final PasswordEncoder encoder;
    /** Compared against when there is no stored hash, so an unknown email costs what a wrong password costs. */
    private final String decoy;

    public PasswordHashing() {
        this(argon2id());
    }

    PasswordHashing(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.decoy = encoder.encode("decoy password that matches nothing presented");
    }

    static Argon2PasswordEncoder argon2id() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    public String hash(Password password) {
        return encoder.encode(password.reveal());
    }

    /** Whether the password is the one hashed; with no hash (no such user, or no password) always false, in the same time. */
    public boolean matches(Password presented, String storedHash) {
        boolean matches = encoder.matches(presented.reveal(), storedHash == null ? decoy : storedHash);
        return storedHash != null && matches;
    }
}
