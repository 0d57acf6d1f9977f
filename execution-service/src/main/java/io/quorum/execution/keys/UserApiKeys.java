package io.quorum.execution.keys;

import io.quorum.contracts.ids.UserId;
import java.util.Optional;

/**
 * How the live venue gets a user's keys: decrypted here, inside execution-service, on each call — nothing is
 * cached in memory. Empty when the user stored none for that venue.
 */
public interface UserApiKeys {

    Optional<ApiCredentials> credentials(UserId user, KeyVenue venue);
}
