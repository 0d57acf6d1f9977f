package io.quorum.registry.users.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UserDetailsTest {

    @Test
    void normalisesTheEmailSoOneAddressIsOneUser() {
        var details = new UserDetails("  Alice ", " Alice@Example.COM ");
        assertThat(details.name()).isEqualTo("Alice");
        assertThat(details.email()).isEqualTo("alice@example.com");
    }

    @Test
    void rejectsABlankOrTooLongNameNamingTheField() {
        assertThatThrownBy(() -> new UserDetails(" ", "a@b.io")).isInstanceOfSatisfying(InvalidUserDetails.class,
                e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new UserDetails("x".repeat(61), "a@b.io")).isInstanceOfSatisfying(InvalidUserDetails.class,
                e -> assertThat(e.field()).isEqualTo("name"));
        // PostgreSQL cannot store a NUL in text: refused here, not failed on at the insert
        for (String name : new String[] {"al\u0000ice", "al\nice", "al\u0007ice"}) {
            assertThatThrownBy(() -> new UserDetails(name, "a@b.io")).isInstanceOfSatisfying(InvalidUserDetails.class,
                    e -> assertThat(e.field()).isEqualTo("name"));
        }
    }

    @Test
    void rejectsSomethingThatIsNotAnEmailNamingTheField() {
        for (String email : new String[] {null, "", "alice", "alice@", "@example.com", "a b@c.io", "a@b", "a\u0000@b.io"}) {
            assertThatThrownBy(() -> new UserDetails("alice", email)).isInstanceOfSatisfying(InvalidUserDetails.class,
                    e -> assertThat(e.field()).isEqualTo("email"));
        }
    }

    @Test
    void aTokenIs32RandomBytesInBase64UrlAndOnlyItsHashIsKept() {
        var signedUp = User.signUp(new UserDetails("alice", "alice@example.com"), new SecureRandom(), Instant.EPOCH);
        String token = signedUp.token().value();
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(token).doesNotContain("=", "+", "/");
        assertThat(signedUp.token().hash()).isEqualTo(ApiToken.hashOf(token)).hasSize(64).isNotEqualTo(token);
        assertThat(signedUp.token().toString()).doesNotContain(token);
    }

    @Test
    void twoSignUpsNeverShareAToken() {
        var random = new SecureRandom();
        var first = User.signUp(new UserDetails("a", "a@example.com"), random, Instant.EPOCH);
        var second = User.signUp(new UserDetails("b", "b@example.com"), random, Instant.EPOCH);
        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(first.user().id()).isNotEqualTo(second.user().id());
    }
}
