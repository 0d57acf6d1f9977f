package io.quorum.registry.users.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordTest {

    private final UserDetails alice = new UserDetails("alice", "alice@example.com");

    @Test
    void twelveTo128CharactersAreAccepted() {
        assertThat(Password.forSignUp("x".repeat(12), alice).reveal()).hasSize(12);
        assertThat(Password.forSignUp("x".repeat(128), alice).reveal()).hasSize(128);
        // characters, not UTF-16 units: twelve emoji are twelve characters
        assertThat(Password.forSignUp("\uD83D\uDD11".repeat(12), alice)).isNotNull();
    }

    @Test
    void everythingElseIsRefusedNamingThePasswordWithoutShowingIt() {
        for (String bad : new String[] {null, "", " ".repeat(20), "x".repeat(11), "x".repeat(129), "alice@example.com",
                " ALICE@example.com ", "nul \0 in a password", "a line\nbreak in it", "\u001b[2J escape code",
                "tab\tseparated words"}) {
            assertThatThrownBy(() -> Password.forSignUp(bad, alice)).isInstanceOfSatisfying(InvalidUserDetails.class, e -> {
                assertThat(e.field()).isEqualTo("password");
                if (bad != null && !bad.isBlank()) {
                    assertThat(e.getMessage()).doesNotContain(bad.strip());
                }
            });
        }
    }

    @Test
    void aPresentedPasswordIsOnlyCheckedForPresenceAndABound() {
        assertThat(Password.presented("short").reveal()).isEqualTo("short");
        assertThatThrownBy(() -> Password.presented(null)).isInstanceOf(InvalidUserDetails.class);
        assertThatThrownBy(() -> Password.presented("x".repeat(513))).isInstanceOf(InvalidUserDetails.class);
        assertThat(Password.presented("secret value").toString()).doesNotContain("secret");
    }
}
