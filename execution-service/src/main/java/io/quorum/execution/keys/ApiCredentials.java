package io.quorum.execution.keys;

import io.quorum.contracts.ids.UserId;
import java.util.Arrays;

/**
 * A user's decrypted API key and secret for one venue, for the venue client only. The values are char arrays
 * this object owns: {@link #close()} overwrites them, so hold it in a try-with-resources for as long as the
 * requests need it. {@link #toString()} never shows them.
 */
public final class ApiCredentials implements AutoCloseable {

    private final UserId user;
    private final KeyVenue venue;
    private final char[] apiKey;
    private final char[] apiSecret;

    ApiCredentials(UserId user, KeyVenue venue, char[] apiKey, char[] apiSecret) {
        this.user = user;
        this.venue = venue;
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
    }

    public UserId user() {
        return user;
    }

    public KeyVenue venue() {
        return venue;
    }

    /** The API key itself (not a copy): do not keep it beyond {@link #close()}. */
    public char[] apiKey() {
        return apiKey;
    }

    /** The secret itself (not a copy): do not keep it beyond {@link #close()}. */
    public char[] apiSecret() {
        return apiSecret;
    }

    @Override
    public void close() {
        Arrays.fill(apiKey, '\0');
        Arrays.fill(apiSecret, '\0');
    }

    @Override
    public String toString() {
        return "ApiCredentials[user=" + user + ", venue=" + venue + ", apiKey=(hidden), apiSecret=(hidden)]";
    }
}
