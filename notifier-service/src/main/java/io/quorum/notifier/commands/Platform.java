package io.quorum.notifier.commands;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.util.List;

/** What a Telegram command may do, as the user, through the services that own it (the registry, the allocation). */
public interface Platform {

    List<Bot> bots(UserId user);

    /** @throws Refused when the registry refuses (e.g. the bot is not stopped, or the balance does not cover it) */
    Bot start(UserId user, BotId bot);

    Bot stop(UserId user, BotId bot);

    Balance balance(UserId user);

    record Bot(BotId id, String name, String symbol, String status) {
    }

    /** Amounts as the allocation prints them (plain decimals); {@code equity} absent when not known. */
    record Balance(String balance, String allocated, String free, String equity) {
    }

    /** The owning service said no; the message is for the user. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** The owning service could not be asked. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
