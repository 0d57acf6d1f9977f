package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;

/**
 * A halted bot could not yet be confirmed clean at the venue — open orders left, a position not closed, or the venue
 * unreachable — after {@code attempts} tries: the user must know the bot is still STOPPING. The venue keeps trying
 * until it confirms; {@code reason} is the last failure in words. Published once per halt.
 */
public record BotHaltStalled(UserId userId, BotId botId, int attempts, String reason) implements UserScoped {

    public BotHaltStalled {
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(reason, "reason");
        if (attempts < 1) {
            throw new IllegalArgumentException("a stalled halt was tried at least once, attempts was " + attempts);
        }
    }
}
