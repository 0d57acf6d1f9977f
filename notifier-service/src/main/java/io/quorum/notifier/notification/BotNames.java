package io.quorum.notifier.notification;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.util.Optional;

/**
 * Bots' owners and names, so later messages can say which bot acted and the settings can tell a caller's bot from
 * another user's: learnt from {@code BotCreated} (the name it was created with) and {@code BotStarted} (the name it was
 * started with, which wins).
 */
public interface BotNames {

    /** The bot was started under this name: it replaces any name known before. */
    void remember(BotId botId, UserId userId, String name);

    /** The bot was created: its owner and first name, unless the bot is known already (its start's name stays). */
    void learn(BotId botId, UserId userId, String name);

    Optional<String> nameOf(BotId botId);

    /** Whose bot it is, for a bot the notifier has seen created or started; a bot's owner never changes. */
    Optional<UserId> ownerOf(BotId botId);
}
