package io.quorum.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A one-way-mode linear position of a FakeBybit account: side Buy/Sell ("" when flat), size,
 * average entry, TP/SL set through trading-stop, and the PnL realized by fills that reduced it.
 */
final class FakeBybitPosition {

    String side = "";
    BigDecimal size = BigDecimal.ZERO;
    BigDecimal avgPrice = BigDecimal.ZERO;
    BigDecimal takeProfit = BigDecimal.ZERO;
    BigDecimal stopLoss = BigDecimal.ZERO;
    BigDecimal cumRealisedPnl = BigDecimal.ZERO;
    long updatedTime;

    boolean isOpen() {
        return size.signum() > 0;
    }

    /** Applies a fill and returns the PnL it realized (zero when it only opened or added). */
    BigDecimal apply(String fillSide, BigDecimal qty, BigDecimal price, long at) {
        updatedTime = at;
        if (!isOpen() || side.equals(fillSide)) {
            BigDecimal cost = avgPrice.multiply(size).add(price.multiply(qty));
            size = size.add(qty);
            avgPrice = cost.divide(size, 10, RoundingMode.HALF_EVEN).stripTrailingZeros();
            side = fillSide;
            return BigDecimal.ZERO;
        }
        BigDecimal closing = qty.min(size);
        BigDecimal realized = price.subtract(avgPrice).multiply(closing).multiply(side.equals("Buy") ? BigDecimal.ONE : BigDecimal.ONE.negate());
        cumRealisedPnl = cumRealisedPnl.add(realized);
        size = size.subtract(closing);
        BigDecimal opening = qty.subtract(closing);
        if (size.signum() == 0) {
            side = "";
            avgPrice = BigDecimal.ZERO;
            takeProfit = BigDecimal.ZERO;
            stopLoss = BigDecimal.ZERO;
        }
        if (opening.signum() > 0) {
            side = fillSide;
            size = opening;
            avgPrice = price;
        }
        return realized;
    }
}
