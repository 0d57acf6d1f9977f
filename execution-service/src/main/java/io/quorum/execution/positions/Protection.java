package io.quorum.execution.positions;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import java.util.Optional;

/**
 * The venue-side stop-loss and take-profit of one open position (either may be absent), as Bybit keeps them
 * on the position rather than as resting orders: they need no margin and never fill partly. The first trade
 * that reaches either closes the whole position at market.
 */
public record Protection(Price stopLoss, Price takeProfit) {

    public static final Protection NONE = new Protection(null, null);

    /** Which level a trade reached, with the words a user reads. */
    public enum Trigger {
        STOP_LOSS("stop-loss"), TAKE_PROFIT("take-profit");

        private final String label;

        Trigger(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isNone() {
        return stopLoss == null && takeProfit == null;
    }

    public static Protection of(OrderSpec order) {
        return new Protection(order.stopLoss(), order.takeProfit());
    }

    /**
     * The protection after a fill moved the position from {@code before} to {@code after}: none once it is flat;
     * the order's own when it opened (or reversed) the position; the order's own when it grew the position and
     * carries any, else the levels it had; unchanged when the fill only reduced it.
     */
    public Protection afterFill(Position before, Position after, OrderSpec order) {
        if (after.isFlat()) {
            return NONE;
        }
        if (before.isFlat() || before.side() != after.side()) {
            return of(order);
        }
        boolean grew = after.size().compareTo(before.size()) > 0;
        return grew && order.isProtected() ? of(order) : this;
    }

    /** The level a trade at {@code price} reached for a position on {@code side}; the stop first, it protects. */
    public Optional<Trigger> reachedBy(PositionSide side, Price price) {
        if (side == PositionSide.FLAT) {
            return Optional.empty();
        }
        boolean isLong = side == PositionSide.LONG;
        if (stopLoss != null && (isLong ? !price.isAbove(stopLoss) : !price.isBelow(stopLoss))) {
            return Optional.of(Trigger.STOP_LOSS);
        }
        if (takeProfit != null && (isLong ? !price.isBelow(takeProfit) : !price.isAbove(takeProfit))) {
            return Optional.of(Trigger.TAKE_PROFIT);
        }
        return Optional.empty();
    }

    /** Whether these levels make sense for a position on {@code side} with the market at {@code last}: empty if so, else why not. */
    public Optional<String> refusalAt(PositionSide side, Price last) {
        boolean isLong = side == PositionSide.LONG;
        if (stopLoss != null && (isLong ? !stopLoss.isBelow(last) : !stopLoss.isAbove(last))) {
            return Optional.of("the stop-loss " + stopLoss + " must lie " + (isLong ? "below" : "above")
                    + " the last price " + last + " for a " + side.name().toLowerCase() + " position");
        }
        if (takeProfit != null && (isLong ? !takeProfit.isAbove(last) : !takeProfit.isBelow(last))) {
            return Optional.of("the take-profit " + takeProfit + " must lie " + (isLong ? "above" : "below")
                    + " the last price " + last + " for a " + side.name().toLowerCase() + " position");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "stop-loss " + (stopLoss == null ? "none" : stopLoss) + ", take-profit "
                + (takeProfit == null ? "none" : takeProfit);
    }
}
