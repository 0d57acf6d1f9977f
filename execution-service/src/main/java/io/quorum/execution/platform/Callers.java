package io.quorum.execution.platform;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.util.Optional;

/** Reads the ids a request names, answering a malformed one with 400 naming it rather than a 500. */
public final class Callers {

    private Callers() {
    }

    public static UserId user(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidRequestException(GatewayHeaders.USER_ID, "is required");
        }
        try {
            return UserId.of(header);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(GatewayHeaders.USER_ID, "must be a user id (UUID), was '" + header + "'");
        }
    }

    public static Optional<BotId> optionalBot(String botId) {
        if (botId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BotId.of(botId));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("botId", "must be a bot id (UUID), was '" + botId + "'");
        }
    }
}
