package io.quorum.allocation.ledger;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A bot's long position in one symbol: how much it holds, what it paid, and the margin that ties up.
 * Kept per bot so two bots of one user never net against each other.
 */
public final class Position {

    private final BotId botId;
    private final Symbol symbol;
    private Quantity qty;
    private Money cost;
    private Money margin;
    private int leverage;

    public Position(BotId botId, Symbol symbol, Quantity qty, Money cost, Money margin, int leverage) {
        this.botId = Objects.requireNonNull(botId, "botId");
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.qty = Objects.requireNonNull(qty, "qty");
        this.cost = Objects.requireNonNull(cost, "cost");
        this.margin = Objects.requireNonNull(margin, "margin");
        this.leverage = leverage;
    }

    public static Position flat(BotId botId, Symbol symbol, int leverage) {
        return new Position(botId, symbol, Quantity.ZERO, Money.ZERO, Money.ZERO, leverage);
    }

    /** A buy adds to the position; returns the margin it ties up (notional / leverage). */
    public Money buy(Price price, Quantity quantity, int orderLeverage) {
        Money notional = price.times(quantity);
        Money added = notional.dividedBy(BigDecimal.valueOf(orderLeverage));
        qty = qty.plus(quantity);
        cost = cost.plus(notional);
        margin = margin.plus(added);
        leverage = orderLeverage;
        return added;
    }

    /**
     * A reducing sell closes part of the position at {@code price}. The part's share of cost and
     * margin leave in proportion to the quantity; closing everything takes exactly what is left, so
     * rounding never leaves dust behind. A sell beyond the position only closes the position.
     */
    public Closing sell(Price price, Quantity quantity) {
        Quantity closed = quantity.min(qty);
        if (closed.isZero()) {
            return new Closing(Quantity.ZERO, Money.ZERO, Money.ZERO);
        }
        boolean all = closed.compareTo(qty) == 0;
        Money costOut = all ? cost : share(cost, closed);
        Money marginOut = all ? margin : share(margin, closed);
        qty = qty.minus(closed);
        cost = cost.minus(costOut);
        margin = margin.minus(marginOut);
        return new Closing(closed, price.times(closed).minus(costOut), marginOut);
    }

    /** Average entry price; absent when flat. */
    public Price averagePrice() {
        return qty.isZero() ? null : Price.of(cost.value().divide(qty.value(), Money.SCALE, RoundingMode.HALF_EVEN));
    }

    private Money share(Money total, Quantity part) {
        return Money.of(total.value().multiply(part.value()).divide(qty.value(), Money.SCALE, RoundingMode.HALF_EVEN));
    }

    /** What a reducing sell did: the quantity it closed, the profit it realized and the margin it freed. */
    public record Closing(Quantity closed, Money realizedPnl, Money marginReleased) {
    }

    public BotId botId() { return botId; }
    public Symbol symbol() { return symbol; }
    public Quantity qty() { return qty; }
    public Money cost() { return cost; }
    public Money margin() { return margin; }
    public int leverage() { return leverage; }
}
