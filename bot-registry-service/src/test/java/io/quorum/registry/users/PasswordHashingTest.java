package io.quorum.registry.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.registry.users.domain.Password;
import io.quorum.registry.users.domain.UserDetails;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTest {

    /** Argon2id as configured, counting the comparisons it makes. */
    static final class CountingEncoder implements PasswordEncoder {
        final Argon2PasswordEncoder argon2 = PasswordHashing.argon2id();
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return argon2.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return argon2.matches(raw, encoded);
        }
    }

    private final CountingEncoder encoder = new CountingEncoder();
    private final PasswordHashing hashing = new PasswordHashing(encoder);
    private final Password password = Password.forSignUp("a long enough passphrase", new UserDetails("a", "a@example.com"));

    @Test
    void storesArgon2idWithItsParametersAndASaltSoTwoHashesDiffer() {
        String hash = hashing.hash(password);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(password.reveal());
        assertThat(hashing.hash(password)).isNotEqualTo(hash);
        assertThat(hashing.matches(password, hash)).isTrue();
        assertThat(hashing.matches(Password.presented("another passphrase"), hash)).isFalse();
    }

    @Test
    void withNoStoredHashItStillComparesOnceAndSaysNo() {
        int before = encoder.comparisons.get();

        assertThat(hashing.matches(password, null)).isFalse();

        assertThat(encoder.comparisons.get() - before).as("as much work as a wrong password").isEqualTo(1);
    }

    @Test
    void thePasswordNeverShowsInItsTextForm() {
        assertThat(password.toString()).doesNotContain("passphrase");
    }
}
