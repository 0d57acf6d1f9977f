package io.quorum.allocation.ledger;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.money.Money;

/** The answer to a request for a bot's budget. */
public sealed interface ReserveOutcome {

    /** The budget is set aside: a first run, or a new run of a released bot. */
    record Reserved(BotBudget budget) implements ReserveOutcome {
    }

    /** The same request again: nothing changes. */
    record AlreadyReserved(BotBudget budget) implements ReserveOutcome {
    }

    /** The other bots leave less than asked. */
    record InsufficientBalance(Money needed, Money free) implements ReserveOutcome {
    }

    /** The bot's previous run has not released its budget yet. */
    record StillStopping(BotId botId) implements ReserveOutcome {
    }

    /** The bot runs already, on a different budget; a running bot's budget is not changed in flight. */
    record RunningWithOtherAmount(BotId botId, Money current) implements ReserveOutcome {
    }

    /** The bot has a budget under another user; a bot never changes hands. */
    record BelongsToAnotherUser(BotId botId) implements ReserveOutcome {
    }
}
