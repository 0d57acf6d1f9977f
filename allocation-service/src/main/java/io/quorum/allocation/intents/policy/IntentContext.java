package io.quorum.allocation.intents.policy;

import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.Position;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the policies look at: the intent and the order under review (the intent's, or a scaled-down copy once
 * the slippage policy sized it), the bot's budget (if it has one) and its position in the intent's symbol, the
 * user's {@link Funds} (null when unknown: the policies that need them pass), the latest order book of the symbol,
 * and the intent's event time, against which the book's age is measured; {@code quotedPrice}, when set, prices an
 * opening market order (a market TWAP priced from the book).
 */
public record IntentContext(OrderIntentCreated intent, OrderSpec order, Optional<BotBudget> budget,
                            Optional<Position> position, Funds funds, Optional<LatestBook> book, Instant at,
                            Price quotedPrice) {

    /** A context without a quoted price for a market order. */
    public IntentContext(OrderIntentCreated intent, OrderSpec order, Optional<BotBudget> budget,
                         Optional<Position> position, Funds funds, Optional<LatestBook> book, Instant at) {
        this(intent, order, budget, position, funds, book, at, null);
    }

    public IntentContext {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(book, "book");
    }

    /** An intent judged on its budget and position alone: no funds, no book. */
    public IntentContext(OrderIntentCreated intent, Optional<BotBudget> budget, Optional<Position> position) {
        this(intent, intent.order(), budget, position, null, Optional.empty(), null);
    }

    /** The user's money as the allocation sees it when the intent arrives. */
    public record Funds(Money equity, Money allocatable, Money allocated) {

        public Funds {
            Objects.requireNonNull(equity, "equity");
            Objects.requireNonNull(allocatable, "allocatable");
            Objects.requireNonNull(allocated, "allocated");
        }
    }

    /** The same context reviewing another order (a scaled-down one). */
    public IntentContext withOrder(OrderSpec other) {
        return new IntentContext(intent, other, budget, position, funds, book, at, quotedPrice);
    }

    /** The same context, an opening market order priced at {@code price} (a market TWAP, {@link MarketTwapPricing}). */
    public IntentContext quotedAt(Price price) {
        return new IntentContext(intent, order, budget, position, funds, book, at, price);
    }

    /**
     * Prices an order that has no limit: an opening market order its quoted price (an opening market TWAP, priced from
     * the book), else the bot's average entry, the best estimate of a reducing market order.
     */
    public Price referencePrice() {
        if (quotedPrice != null && !order.reduceOnly()) {
            return quotedPrice;
        }
        return position.map(Position::averagePrice).orElse(null);
    }
}
