package io.quorum.allocation.intents.policy;

import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.FeeSchedule;
import io.quorum.allocation.ledger.OrderCommitment;
import io.quorum.allocation.ledger.Position;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import java.util.Optional;

/** A running bot with a 1000 USDT budget on BTCUSDT, and intents for it. */
final class IntentFixtures {

    static final Symbol BTC = Symbol.of("BTCUSDT");
    static final OrderCommitment COMMITMENT =
            new OrderCommitment(new FeeSchedule(FeeRate.of("0.0002"), FeeRate.of("0.00055")));

    final UserId user = UserId.random();
    final BotId bot = BotId.random();
    final BotBudget budget = BotBudget.reserve(bot, user, Money.of("1000"));
    Position position;

    static OrderSpec buy(String price, String qty) {
        return OrderSpec.limit(BTC, Side.BUY, Price.of(price), Quantity.of(qty), 5, false);
    }

    IntentContext context(OrderSpec order) {
        return new IntentContext(new OrderIntentCreated(IntentId.random(), user, bot, order, null),
                Optional.of(budget), Optional.ofNullable(position));
    }

    /** The intent at {@code at}, with the user's money and the symbol's latest book. */
    IntentContext context(OrderSpec order, IntentContext.Funds funds, LatestBook book, java.time.Instant at) {
        return new IntentContext(new OrderIntentCreated(IntentId.random(), user, bot, order, null), order,
                Optional.of(budget), Optional.ofNullable(position), funds, Optional.ofNullable(book), at);
    }

    IntentContext withoutBudget(OrderSpec order) {
        return new IntentContext(new OrderIntentCreated(IntentId.random(), user, bot, order, null),
                Optional.empty(), Optional.empty());
    }
}
