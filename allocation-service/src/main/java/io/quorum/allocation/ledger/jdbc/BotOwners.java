package io.quorum.allocation.ledger.jdbc;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table {@code bot_owners}: whose each bot is, as far as the allocation knows — from the bot lifecycle topic (every
 * event of it carries the bot's user, {@code BotCreated} first) and from the registry's reservations. A bot's user
 * never changes, so a second telling is ignored.
 */
public class BotOwners {

    private final JdbcClient jdbc;

    public BotOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void learn(BotId bot, UserId user) {
        jdbc.sql("insert into bot_owners (bot_id, user_id) values (?, ?) on conflict (bot_id) do nothing")
                .params(bot.value(), user.value())
                .update();
    }

    /** The bot's user, if the allocation has heard of the bot. */
    public Optional<UserId> ownerOf(BotId bot) {
        return jdbc.sql("select user_id from bot_owners where bot_id = ?")
                .param(bot.value())
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** Whether the bot is known as another user's than {@code caller}. */
    public boolean belongsToAnotherThan(BotId bot, UserId caller) {
        return ownerOf(bot).filter(owner -> !owner.equals(caller)).isPresent();
    }
}
