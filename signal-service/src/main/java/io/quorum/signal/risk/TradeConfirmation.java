package io.quorum.signal.risk;

import io.quorum.contracts.bots.TrendSpec.DistanceBounds;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.voting.Proposal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The confirm step: whatever the voters proposed, the plan it returns stays within the limits.
 * Leverage = the proposal (or the bot's own leverage) within the template's bounds, then capped by
 * the bot, the instrument and 20. A TP or SL on the wrong side, or missing, takes the template's
 * default distance; one outside the bounds is moved to the nearest bound. Then the stop is moved
 * closer until the loss at that leverage is at most the max-loss % of the margin:
 * distance / entry × leverage ≤ max loss. Prices are rounded to the tick towards the entry, which
 * for a stop means less loss and for a target an earlier exit.
 */
public final class TradeConfirmation {

    /** Fractions of the entry carry this many decimals; rounded down, a stop only gets closer. */
    private static final int SCALE = 12;

    public Confirmation confirm(Side side, Price entry, Proposal proposal, HardLimits limits, Instrument instrument) {
        if (entry.value().compareTo(instrument.tickSize()) <= 0) {
            return new Refusal("entry " + entry + " is not above one tick of " + instrument.symbol());
        }
        List<String> adjustments = new ArrayList<>();
        int leverage = leverage(proposal, limits, instrument, adjustments);
        return confirmAt(side, entry, proposal, limits, instrument, leverage, adjustments);
    }

    /**
     * The confirm step for new levels of a position already open at {@code entry} with {@code positionLeverage}:
     * the leverage is the position's, not a proposal's — the max-loss cap must hold at the leverage the position
     * really has — and the TP/SL rules are those of an entry.
     */
    public Confirmation confirmAt(Side side, Price entry, Proposal proposal, HardLimits limits, Instrument instrument,
                                  int positionLeverage) {
        if (entry.value().compareTo(instrument.tickSize()) <= 0) {
            return new Refusal("entry " + entry + " is not above one tick of " + instrument.symbol());
        }
        int leverage = Math.clamp(positionLeverage, 1, HardLimits.PLATFORM_MAX_LEVERAGE);
        return confirmAt(side, entry, proposal, limits, instrument, leverage, new ArrayList<>());
    }

    private Confirmation confirmAt(Side side, Price entry, Proposal proposal, HardLimits limits, Instrument instrument,
                                   int leverage, List<String> adjustments) {
        BigDecimal stopDistance = distance(side.opposite(), entry, proposal.stopLoss(), limits.stopLoss(), "stop-loss",
                adjustments);
        BigDecimal lossCap = limits.maxLossOfMargin().fraction().divide(BigDecimal.valueOf(leverage), SCALE, RoundingMode.DOWN);
        if (stopDistance.compareTo(lossCap) > 0) {
            adjustments.add("stop-loss moved to " + percent(lossCap) + " from entry so the loss at " + leverage
                    + "x stays within " + limits.maxLossOfMargin() + " % of margin");
            stopDistance = lossCap;
        }
        BigDecimal takeProfitDistance = distance(side, entry, proposal.takeProfit(), limits.takeProfit(), "take-profit",
                adjustments);

        Price stop = towardsEntry(side.opposite(), entry, stopDistance, instrument);
        Price target = towardsEntry(side, entry, takeProfitDistance, instrument);
        boolean stopBeyondEntry = side == Side.BUY ? stop.isBelow(entry) : stop.isAbove(entry);
        if (!stopBeyondEntry) {
            return new Refusal("the stop-loss would lie within one tick of the entry " + entry + " at " + leverage
                    + "x; no room for a stop within " + limits.maxLossOfMargin() + " % of margin");
        }
        boolean targetBeyondEntry = side == Side.BUY ? target.isAbove(entry) : target.isBelow(entry);
        if (!targetBeyondEntry) {
            return new Refusal("the take-profit would lie within one tick of the entry " + entry);
        }
        return new ConfirmedPlan(side, entry, target, stop, leverage, adjustments);
    }

    private static int leverage(Proposal proposal, HardLimits limits, Instrument instrument, List<String> adjustments) {
        int proposed = proposal.proposedLeverage().orElse(limits.botLeverage());
        int withinTemplate = Math.max(limits.leverage().min(), Math.min(limits.leverage().max(), proposed));
        int leverage = Math.max(1, Math.min(withinTemplate, limits.leverageCap(instrument)));
        if (proposal.leverage() != null && leverage != proposed) {
            adjustments.add("leverage " + proposed + "x lowered to " + leverage + "x (bot " + limits.botLeverage()
                    + "x, template " + limits.leverage().min() + "-" + limits.leverage().max() + "x, instrument "
                    + instrument.maxLeverage() + "x, platform " + HardLimits.PLATFORM_MAX_LEVERAGE + "x)");
        }
        return leverage;
    }

    /**
     * The distance of a proposed price from the entry as a fraction, when it lies on the given side
     * ({@code BUY}: above); otherwise the default. Always within the bounds.
     */
    private static BigDecimal distance(Side above, Price entry, Price proposed, DistanceBounds bounds, String what,
                                       List<String> adjustments) {
        if (proposed == null) {
            return bounds.fallback().fraction();
        }
        boolean rightSide = above == Side.BUY ? proposed.isAbove(entry) : proposed.isBelow(entry);
        if (!rightSide) {
            adjustments.add(what + " " + proposed + " is on the wrong side of the entry " + entry + "; using the default "
                    + bounds.fallback() + " %");
            return bounds.fallback().fraction();
        }
        BigDecimal fraction = proposed.value().subtract(entry.value()).abs().divide(entry.value(), SCALE, RoundingMode.DOWN);
        BigDecimal clamped = fraction.max(bounds.min().fraction()).min(bounds.max().fraction());
        if (clamped.compareTo(fraction) != 0) {
            adjustments.add(what + " " + proposed + " moved to " + percent(clamped) + " from entry, within "
                    + bounds.min() + " to " + bounds.max() + " %");
        }
        return clamped;
    }

    /** The price at this fraction above ({@code BUY}) or below the entry, rounded to the tick towards the entry. */
    private static Price towardsEntry(Side above, Price entry, BigDecimal fraction, Instrument instrument) {
        BigDecimal offset = entry.value().multiply(fraction);
        return above == Side.BUY
                ? instrument.tickBelow(entry.value().add(offset))
                : instrument.tickAbove(entry.value().subtract(offset));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " %";
    }
}
