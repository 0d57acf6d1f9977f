package io.quorum.registry.audit;

import io.quorum.contracts.ids.BotId;

/** No such bot for this user, so no history to show: also what another user's bot looks like. */
class AuditNotFound extends RuntimeException {

    AuditNotFound(BotId bot) {
        super("no bot " + bot);
    }
}
