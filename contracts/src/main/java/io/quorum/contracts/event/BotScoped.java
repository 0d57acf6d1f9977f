package io.quorum.contracts.event;

import io.quorum.contracts.ids.BotId;

/** An event about one bot. */
public interface BotScoped extends Event {
    BotId botId();
}
