package io.quorum.signal.risk;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.context.OpenPosition;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sizes an addition to an open position (DCA) at price {@code at}, keeping the position's stop {@code stop} and its
 * leverage L. As an entry: risk = budget × risk %, quantity = risk / |at − stop|; capped so that margin and taker fee
 * fit what the budget has free after the position's margin, and so that the combined notional stays within
 * budget × L. One more cap, for the whole position: its loss at the stop stays within the max-loss % of its margin —
 * with Q at E held and q added at C, loss(E)·Q + loss(C)·q ≤ m/L · (E·Q + C·q), where loss(x) is what one unit
 * bought at x loses at the stop — so adding never lets a stop that was safe for the position become unsafe.
 * Every division rounds down; the quantity is stepped down to the instrument's step.
 */
public final class AddSizing {

    private static final int SCALE = 12;

    public Sizing size(OpenPosition held, int leverage, Price at, Price stop, SizingBudget budget, Percent maxLoss,
                       Instrument instrument) {
        BigDecimal lev = BigDecimal.valueOf(leverage);
        BigDecimal close = at.value();
        BigDecimal entry = held.entry().value();
        BigDecimal size = held.size().value();
        BigDecimal fee = budget.takerFee().value();

        BigDecimal perUnitLoss = lossAt(held.side(), close, stop);
        if (perUnitLoss.signum() <= 0) {
            return new Refusal("the position's stop-loss " + stop + " is not on the loss side of " + at);
        }
        BigDecimal risk = budget.budget().value().multiply(budget.riskPerTrade().fraction());
        BigDecimal byRisk = risk.divide(perUnitLoss, SCALE, RoundingMode.DOWN);
        BigDecimal byBudget = budget.available().value().multiply(lev)
                .divide(close.multiply(BigDecimal.ONE.add(lev.multiply(fee))), SCALE, RoundingMode.DOWN);
        BigDecimal exposureLeft = budget.budget().value().multiply(lev).subtract(entry.multiply(size));
        BigDecimal byExposure = exposureLeft.max(BigDecimal.ZERO).divide(close, SCALE, RoundingMode.DOWN);
        BigDecimal lossShare = maxLoss.fraction().divide(lev, SCALE, RoundingMode.DOWN);
        BigDecimal room = lossShare.multiply(entry).multiply(size).subtract(lossAt(held.side(), entry, stop).multiply(size));
        if (room.signum() < 0) {
            return new Refusal("the position already loses more than " + maxLoss + " % of its margin at its stop-loss " + stop);
        }
        BigDecimal wanted = byRisk.min(byBudget).min(byExposure);
        BigDecimal excessPerUnit = perUnitLoss.subtract(lossShare.multiply(close));
        // only an added part that loses more than its own share at the stop eats into the position's room
        BigDecimal byMaxLoss = excessPerUnit.signum() > 0 ? room.divide(excessPerUnit, SCALE, RoundingMode.DOWN) : wanted;
        wanted = wanted.min(byMaxLoss).max(BigDecimal.ZERO);
        String limitedBy = wanted.compareTo(byRisk) == 0 ? "risk" : wanted.compareTo(byBudget) == 0 ? "budget"
                : wanted.compareTo(byExposure) == 0 ? "exposure" : "max-loss";
        var quantity = instrument.stepDown(wanted);
        if (!instrument.isTradable(quantity)) {
            return new Refusal("too small: " + wanted.setScale(8, RoundingMode.DOWN).stripTrailingZeros().toPlainString()
                    + " " + instrument.symbol() + " (limited by " + limitedBy + ") is below the minimum order of "
                    + instrument.minQty().stripTrailingZeros().toPlainString());
        }
        return new Addition(quantity, Money.of(perUnitLoss.multiply(quantity.value())), limitedBy);
    }

    /** What one unit bought at {@code price} loses when the position is closed at the stop (negative: a gain). */
    private static BigDecimal lossAt(Side side, BigDecimal price, Price stop) {
        return side == Side.BUY ? price.subtract(stop.value()) : stop.value().subtract(price);
    }
}
