package io.quorum.execution.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.execution.venue.StoredCredentials;
import io.quorum.execution.venue.bybit.BybitCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The live venue's accounts come from users' stored keys for the environment Quorum trades on. */
class StoredCredentialsTest {

    private final UserId alice = UserId.random();
    private final UserId bob = UserId.random();
    private final List<ApiCredentials> handedOut = new ArrayList<>();
    private final List<KeyVenue> asked = new ArrayList<>();

    private final UserApiKeys keys = (user, venue) -> {
        asked.add(venue);
        if (!user.equals(alice)) {
            return Optional.empty();
        }
        ApiCredentials credentials = new ApiCredentials(user, venue, "alice-key".toCharArray(), "alice-secret".toCharArray());
        handedOut.add(credentials);
        return Optional.of(credentials);
    };

    @Test
    void aUserTradesOnTheirOwnKeyAndTheDecryptedCopyIsWipedAtOnce() {
        Optional<BybitCredentials> account = new StoredCredentials(keys, KeyVenue.DEMO).lookup(alice);

        assertThat(account).contains(new BybitCredentials("alice-key", "alice-secret"));
        assertThat(handedOut.getFirst().apiKey()).containsOnly('\0');
        assertThat(handedOut.getFirst().apiSecret()).containsOnly('\0');
        assertThat(account.orElseThrow().toString()).doesNotContain("alice-key").doesNotContain("alice-secret");
    }

    @Test
    void aUserWithoutAStoredKeyHasNoAccountRatherThanSomeoneElses() {
        assertThat(new StoredCredentials(keys, KeyVenue.DEMO).lookup(bob)).isEmpty();
    }

    @Test
    void theKeyIsTheOneStoredForTheEnvironmentQuorumTradesOn() {
        new StoredCredentials(keys, StoredCredentials.venueOf("mainnet")).lookup(alice);
        new StoredCredentials(keys, StoredCredentials.venueOf("testnet")).lookup(alice);
        new StoredCredentials(keys, StoredCredentials.venueOf("demo")).lookup(alice);
        new StoredCredentials(keys, StoredCredentials.venueOf("local")).lookup(alice);

        assertThat(asked).containsExactly(KeyVenue.MAINNET, KeyVenue.TESTNET, KeyVenue.DEMO, KeyVenue.DEMO);
    }
}
