package io.quorum.execution.venue;

import io.quorum.contracts.ids.UserId;
import io.quorum.execution.keys.ApiCredentials;
import io.quorum.execution.keys.KeyVenue;
import io.quorum.execution.keys.UserApiKeys;
import io.quorum.execution.venue.bybit.BybitCredentials;
import java.util.Optional;

/**
 * The user's own Bybit key for the environment Quorum trades on, decrypted by the keys package on each lookup.
 * A user with no key stored for that environment has no account here: their orders are refused, not placed
 * on someone else's.
 */
public final class StoredCredentials implements VenueCredentials {

    private final UserApiKeys keys;
    private final KeyVenue venue;

    public StoredCredentials(UserApiKeys keys, KeyVenue venue) {
        this.keys = keys;
        this.venue = venue;
    }

    /** demo, testnet or mainnet; a local base URL (a test's fake Bybit) counts as demo. */
    public static KeyVenue venueOf(String environment) {
        return switch (environment) {
            case "testnet" -> KeyVenue.TESTNET;
            case "mainnet" -> KeyVenue.MAINNET;
            default -> KeyVenue.DEMO;
        };
    }

    @Override
    public Optional<BybitCredentials> lookup(UserId user) {
        Optional<ApiCredentials> stored = keys.credentials(user, venue);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        // the venue client signs with strings; the char arrays are wiped as soon as they are copied
        try (ApiCredentials credentials = stored.get()) {
            return Optional.of(new BybitCredentials(new String(credentials.apiKey()), new String(credentials.apiSecret())));
        }
    }

    @Override
    public String toString() {
        return "StoredCredentials[" + venue + "]";
    }
}
