package io.quorum.allocation.intents.policy;

import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.Position;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderIntentCreated;
import java.util.Objects;
import java.util.Optional;

/** What the policies look at: the intent, the bot's budget (if it has one) and its position in the intent's symbol. */
public record IntentContext(OrderIntentCreated intent, Optional<BotBudget> budget, Optional<Position> position) {

    public IntentContext {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(position, "position");
    }

    /** Prices an order that has no limit: the bot's average entry, the best estimate of a reducing market order. */
    public Price referencePrice() {
        return position.map(Position::averagePrice).orElse(null);
    }
}
