package io.quorum.execution.venue;

import io.quorum.contracts.ids.UserId;
import io.quorum.execution.venue.bybit.BybitCredentials;
import java.util.Optional;

/** One account for every user ({@code quorum.bybit.api-key} / {@code api-secret}): a single-account demo set-up. */
public final class ConfiguredCredentials implements VenueCredentials {

    private final BybitCredentials account;

    public ConfiguredCredentials(BybitCredentials account) {
        this.account = account;
    }

    @Override
    public Optional<BybitCredentials> lookup(UserId user) {
        return Optional.of(account);
    }

    @Override
    public String toString() {
        return "ConfiguredCredentials[" + account + "]";
    }
}
