package io.quorum.execution.positions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One bot's position in one symbol. Fills move it: a fill on the position's side grows it at the
 * size-weighted average entry; a fill against it realizes PnL on the part it closes, and what is
 * left over opens the other way at the fill price. Realized PnL excludes fees, which are summed apart.
 */
public record Position(UserId userId, BotId botId, Symbol symbol, PositionSide side, Quantity size, Price entryPrice,
                       int leverage, Money realizedPnl, Money feesPaid) {

    public Position {
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(symbol, "symbol");
        requireNonNull(side, "side");
        requireNonNull(size, "size");
        requireNonNull(realizedPnl, "realizedPnl");
        requireNonNull(feesPaid, "feesPaid");
        if ((side == PositionSide.FLAT) != size.isZero() || (side == PositionSide.FLAT) != (entryPrice == null)) {
            throw new IllegalArgumentException("a position is FLAT exactly when it has no size and no entry price");
        }
    }

    public static Position flat(UserId userId, BotId botId, Symbol symbol) {
        return new Position(userId, botId, symbol, PositionSide.FLAT, Quantity.ZERO, null, 1, Money.ZERO, Money.ZERO);
    }

    public boolean isFlat() {
        return side == PositionSide.FLAT;
    }

    /** The side of the order that would close this position. */
    public Side closingSide() {
        if (isFlat()) {
            throw new IllegalStateException("a flat position has nothing to close");
        }
        return side == PositionSide.LONG ? Side.SELL : Side.BUY;
    }

    /** The position after a fill of {@code quantity} at {@code price} on {@code orderSide}, paying {@code fee}. */
    public Position afterFill(Side orderSide, Price price, Quantity quantity, Money fee, int orderLeverage) {
        Money fees = feesPaid.plus(fee);
        PositionSide fillDirection = orderSide == Side.BUY ? PositionSide.LONG : PositionSide.SHORT;
        if (isFlat()) {
            return new Position(userId, botId, symbol, fillDirection, quantity, price, orderLeverage, realizedPnl, fees);
        }
        if (side == fillDirection) {
            Quantity grown = size.plus(quantity);
            return new Position(userId, botId, symbol, side, grown, averageEntry(price, quantity, grown), orderLeverage,
                    realizedPnl, fees);
        }
        Quantity closed = size.min(quantity);
        Money pnl = realizedPnl.plus(pnlOfClosing(price, closed));
        if (quantity.compareTo(size) < 0) {
            return new Position(userId, botId, symbol, side, size.minus(quantity), entryPrice, leverage, pnl, fees);
        }
        if (quantity.compareTo(size) == 0) {
            return new Position(userId, botId, symbol, PositionSide.FLAT, Quantity.ZERO, null, leverage, pnl, fees);
        }
        return new Position(userId, botId, symbol, fillDirection, quantity.minus(size), price, orderLeverage, pnl, fees);
    }

    /**
     * Where the venue liquidates this position under isolated margin: the price at which what is
     * left of its margin ({@code entry × size / leverage}) equals the maintenance margin
     * ({@code maintenanceRate} of the notional at that price). Closing there loses less than the
     * margin, with the maintenance margin left to pay the closing fee. Empty when flat, and for a
     * long at leverage 1, which only a price of zero could liquidate.
     */
    public Optional<BigDecimal> liquidationPrice(BigDecimal maintenanceRate) {
        if (isFlat()) {
            return Optional.empty();
        }
        BigDecimal marginShare = BigDecimal.ONE.divide(BigDecimal.valueOf(leverage), Money.SCALE, RoundingMode.HALF_EVEN);
        BigDecimal price = side == PositionSide.LONG
                ? entryPrice.value().multiply(BigDecimal.ONE.subtract(marginShare))
                        .divide(BigDecimal.ONE.subtract(maintenanceRate), Money.SCALE, RoundingMode.CEILING)
                : entryPrice.value().multiply(BigDecimal.ONE.add(marginShare))
                        .divide(BigDecimal.ONE.add(maintenanceRate), Money.SCALE, RoundingMode.FLOOR);
        return price.signum() > 0 ? Optional.of(price) : Optional.empty();
    }

    public PositionChanged changed() {
        return changed(Protection.NONE, null);
    }

    /** The published change, with the protection the position now holds (none when flat) and why, if said. */
    public PositionChanged changed(Protection protection, String reason) {
        Protection kept = isFlat() ? Protection.NONE : protection;
        return new PositionChanged(userId, botId, symbol, side, size, entryPrice, leverage, realizedPnl, feesPaid,
                kept.stopLoss(), kept.takeProfit(), reason);
    }

    private Money pnlOfClosing(Price exit, Quantity closed) {
        BigDecimal perUnit = exit.value().subtract(entryPrice.value());
        Money pnl = Money.of(perUnit.multiply(closed.value()));
        return side == PositionSide.LONG ? pnl : pnl.negate();
    }

    private Price averageEntry(Price price, Quantity quantity, Quantity grown) {
        BigDecimal cost = entryPrice.value().multiply(size.value()).add(price.value().multiply(quantity.value()));
        return Price.of(cost.divide(grown.value(), Money.SCALE, RoundingMode.HALF_EVEN));
    }
}
