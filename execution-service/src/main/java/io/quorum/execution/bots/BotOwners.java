package io.quorum.execution.bots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.execution.platform.Callers;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which user each bot belongs to, as far as this service knows: from the bot lifecycle topic, and from the bot's own
 * orders and positions (which carry their user). A bot known as nobody's or as someone else's is not the caller's.
 */
public class BotOwners {

    private final JdbcClient jdbc;

    public BotOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the bot's user; a bot's user never changes, so a second telling is ignored. */
    public void learn(BotId bot, UserId user) {
        jdbc.sql("insert into bot_owners (bot_id, user_id) values (:bot, :user) on conflict (bot_id) do nothing")
                .param("bot", bot.value()).param("user", user.value()).update();
    }

    public boolean isOwnedBy(BotId bot, UserId user) {
        return jdbc.sql("select exists (select 1 from bot_owners where bot_id = :bot and user_id = :user) "
                        + "or exists (select 1 from venue_orders where bot_id = :bot and user_id = :user) "
                        + "or exists (select 1 from positions where bot_id = :bot and user_id = :user)")
                .param("bot", bot.value()).param("user", user.value())
                .query(Boolean.class).single();
    }

    /**
     * The {@code botId} a list was asked for, when there is one: malformed → 400 naming it; a bot that is not the
     * caller's → 404, the same for another user's bot as for one that does not exist, and nothing of it is shown.
     */
    public Optional<BotId> callersBot(UserId caller, String botId) {
        Optional<BotId> bot = Callers.optionalBot(botId);
        if (bot.isPresent() && !isOwnedBy(bot.get(), caller)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no bot " + bot.get() + " of yours");
        }
        return bot;
    }
}
