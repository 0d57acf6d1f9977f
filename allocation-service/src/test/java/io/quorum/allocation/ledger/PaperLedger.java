package io.quorum.allocation.ledger;

import io.quorum.allocation.intents.policy.IntentContext;
import io.quorum.allocation.intents.policy.IntentReview;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The domain ledger of one user driven the way the services drive it: the allocation decides
 * intents, a paper venue fills (at or better than the limit), cancels, and stops bots. Keeps its
 * own tally of every fill so the ledger can be checked against the fills.
 */
final class PaperLedger {

    static final Symbol ETH = Symbol.of("ETHUSDT");
    static final FeeSchedule FEES = new FeeSchedule(FeeRate.of("0.0002"), FeeRate.of("0.00055"));
    static final Money START = Money.of("10000");

    record OpenOrder(IntentId intentId, BotId botId, OrderSpec spec, Reservation reservation, Quantity remaining) {
    }

    final UserId user = UserId.random();
    final Account account = Account.opened(user, START);
    final List<BotId> bots = List.of(BotId.random(), BotId.random(), BotId.random());
    final Map<IntentId, OpenOrder> openOrders = new LinkedHashMap<>();
    final Map<BotId, Position> positions = new HashMap<>();
    private final IntentReview review = IntentReview.standard(new OrderCommitment(FEES));
    Money boughtNotional = Money.ZERO;
    Money soldNotional = Money.ZERO;
    Money feesPaid = Money.ZERO;

    ReserveOutcome reserve(int bot, Money amount) {
        return account.reserve(bots.get(bot), amount);
    }

    void intent(int bot, OrderSpec spec) {
        BotId botId = bots.get(bot);
        var intent = new OrderIntentCreated(IntentId.random(), user, botId, spec, null);
        Optional<BotBudget> budget = account.budget(botId);
        if (review.review(new IntentContext(intent, budget, Optional.ofNullable(positions.get(botId))))
                instanceof IntentReview.Decision.Approved approved) {
            budget.orElseThrow().commit(approved.commitment());
            openOrders.put(intent.intentId(), new OpenOrder(intent.intentId(), botId, spec,
                    Reservation.open(intent.intentId(), botId, approved.commitment()), spec.quantity()));
        }
    }

    /** Fills {@code quarters}/4 of what is left of an order (all of it at 4), {@code ticksBetter} ticks better than its limit. */
    void fill(int pick, int quarters, int ticksBetter, boolean maker) {
        OpenOrder order = pickOrder(pick);
        if (order == null) {
            return;
        }
        Position position = positionOf(order.botId(), order.spec().leverage());
        Quantity left = order.remaining();
        if (order.spec().side() == Side.SELL) {
            left = left.min(position.qty()); // a reduce-only order never sells more than is held
        }
        Quantity piece = Quantity.of(left.value().multiply(java.math.BigDecimal.valueOf(quarters))
                .divide(java.math.BigDecimal.valueOf(4), 2, java.math.RoundingMode.DOWN));
        if (piece.isZero()) {
            cancel(pick);
            return;
        }
        boolean done = piece.compareTo(order.remaining()) == 0 || order.spec().side() == Side.SELL && piece.compareTo(left) == 0;
        java.math.BigDecimal better = new java.math.BigDecimal("0.01").multiply(java.math.BigDecimal.valueOf(ticksBetter));
        // a reduce-only market order has no limit: it fills around the bot's entry
        Price base = order.spec().limitPrice() != null ? order.spec().limitPrice()
                : Optional.ofNullable(position.averagePrice()).orElse(Price.of("2000"));
        Price price = order.spec().side() == Side.BUY
                ? Price.of(base.value().subtract(better).max(new java.math.BigDecimal("0.01")))
                : atOrAboveLiquidation(Price.of(base.value().add(better)), position);
        Quantity remaining = done ? Quantity.ZERO : order.remaining().minus(piece);
        book(order.botId(), order.spec(), price, piece, remaining, maker ? Liquidity.MAKER : Liquidity.TAKER, order.reservation());
        if (done) {
            openOrders.remove(order.intentId());
        } else {
            openOrders.put(order.intentId(), new OpenOrder(order.intentId(), order.botId(), order.spec(), order.reservation(), remaining));
        }
    }

    void cancel(int pick) {
        OpenOrder order = pickOrder(pick);
        if (order != null) {
            account.budget(order.botId()).orElseThrow().releaseReservation(order.reservation().close());
            openOrders.remove(order.intentId());
        }
    }

    /** Agreement 2: halt, cancel the bot's orders, close its position at market, release the budget. */
    void stop(int bot, int closePriceCents) {
        BotId botId = bots.get(bot);
        Optional<BotBudget> budget = account.budget(botId).filter(b -> b.status() == BudgetStatus.RESERVED);
        if (budget.isEmpty()) {
            return;
        }
        budget.get().halt();
        new ArrayList<>(openOrders.values()).stream().filter(o -> o.botId().equals(botId))
                .forEach(o -> {
                    budget.get().releaseReservation(o.reservation().close());
                    openOrders.remove(o.intentId());
                });
        Position position = positions.get(botId);
        if (position != null && !position.qty().isZero()) {
            var close = OrderSpec.market(ETH, Side.SELL, position.qty(), position.leverage(), true);
            book(botId, close, atOrAboveLiquidation(Price.of(java.math.BigDecimal.valueOf(closePriceCents, 2)), position),
                    position.qty(), Quantity.ZERO, Liquidity.TAKER, null);
        }
        budget.get().release();
    }

    /**
     * A long closes no lower than its liquidation price: the venue (isolated margin, like Bybit's)
     * liquidates it there, with the maintenance margin left to pay the closing fee, so a position
     * never loses more than the margin set aside for it. Liquidation price: the price at which what
     * is left of the margin equals the maintenance margin, (cost − margin) / (qty × (1 − mmr)).
     */
    static Price atOrAboveLiquidation(Price price, Position position) {
        if (position.qty().isZero()) {
            return price;
        }
        java.math.BigDecimal floor = position.cost().minus(position.margin()).value()
                .divide(position.qty().value().multiply(java.math.BigDecimal.ONE.subtract(MAINTENANCE_MARGIN_RATE)),
                        2, java.math.RoundingMode.CEILING);
        return floor.compareTo(price.value()) > 0 ? Price.of(floor) : price;
    }

    static final java.math.BigDecimal MAINTENANCE_MARGIN_RATE = new java.math.BigDecimal("0.005");

    private void book(BotId botId, OrderSpec spec, Price price, Quantity qty, Quantity remaining, Liquidity liquidity,
                      Reservation reservation) {
        FeeRate rate = liquidity == Liquidity.MAKER ? FEES.maker() : FEES.taker();
        Money fee = rate.on(price.times(qty));
        IntentId intent = reservation == null ? IntentId.random() : reservation.intentId();
        var fill = new OrderFilled(intent, user, botId, ClientOrderId.forIntent(botId, intent), spec, price, qty, remaining,
                fee, liquidity);
        FillPosting.post(fill, account, account.budget(botId).orElseThrow(), positionOf(botId, spec.leverage()), reservation);
        if (spec.side() == Side.BUY) {
            boughtNotional = boughtNotional.plus(price.times(qty));
        } else {
            soldNotional = soldNotional.plus(price.times(qty));
        }
        feesPaid = feesPaid.plus(fee);
    }

    private Position positionOf(BotId botId, int leverage) {
        return positions.computeIfAbsent(botId, id -> Position.flat(id, ETH, leverage));
    }

    private OpenOrder pickOrder(int pick) {
        if (openOrders.isEmpty()) {
            return null;
        }
        return new ArrayList<>(openOrders.values()).get(Math.floorMod(pick, openOrders.size()));
    }

    List<BotBudget> activeBudgets() {
        return account.budgets().stream().filter(b -> b.status().isActive()).toList();
    }
}
