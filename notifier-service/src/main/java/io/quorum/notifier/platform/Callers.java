package io.quorum.notifier.platform;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;

/** The caller of an API request, as the gateway resolved it from the bearer token. */
public final class Callers {

    private Callers() {
    }

    public static UserId from(String userIdHeader) {
        if (userIdHeader == null || userIdHeader.isBlank()) {
            throw new InvalidRequestException(GatewayHeaders.USER_ID, "is required");
        }
        try {
            return UserId.of(userIdHeader.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(GatewayHeaders.USER_ID, "must be a user id (UUID)");
        }
    }
}
