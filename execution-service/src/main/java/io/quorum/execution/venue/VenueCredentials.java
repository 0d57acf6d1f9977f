package io.quorum.execution.venue;

import io.quorum.contracts.ids.UserId;
import io.quorum.execution.venue.bybit.BybitCredentials;
import java.util.Optional;

/**
 * Whose Bybit account a user's orders go to: the user's API key and secret (their {@code toString} never shows the
 * secret), or empty when the user has none. Users' own encrypted keys will answer here; until then
 * {@link ConfiguredCredentials} gives every user the one account of the configuration.
 */
@FunctionalInterface
public interface VenueCredentials {

    Optional<BybitCredentials> lookup(UserId user);
}
