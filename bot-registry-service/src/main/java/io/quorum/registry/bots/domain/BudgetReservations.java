package io.quorum.registry.bots.domain;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.math.BigDecimal;

/** The allocation's answer to "set this bot's budget aside from the user's balance". */
public interface BudgetReservations {

    Reservation reserve(BotId bot, UserId owner, Money amount);

    sealed interface Reservation {
    }

    /** The budget is set aside (also when it already was: reserving is idempotent per bot). */
    record Reserved() implements Reservation {
    }

    /** The user's free balance does not cover the budget; {@code detail} is the allocation's words for the user. */
    record Refused(String detail, BigDecimal needed, BigDecimal free) implements Reservation {
    }

    /** The allocation could not answer; nothing is known to be reserved. */
    record Unavailable(String reason) implements Reservation {
    }
}
