package io.quorum.notifier.notification;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.util.Optional;

/** The names bots were started with, so later messages can say which bot acted. */
public interface BotNames {

    void remember(BotId botId, UserId userId, String name);

    Optional<String> nameOf(BotId botId);

    /** Whose bot it is, for a bot the notifier has seen start. */
    Optional<UserId> ownerOf(BotId botId);
}
