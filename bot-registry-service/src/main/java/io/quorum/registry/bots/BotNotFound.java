package io.quorum.registry.bots;

import io.quorum.contracts.ids.BotId;

/** No such bot for this user: also what another user's bot looks like. */
class BotNotFound extends RuntimeException {

    BotNotFound(BotId id) {
        super("no bot " + id);
    }
}
