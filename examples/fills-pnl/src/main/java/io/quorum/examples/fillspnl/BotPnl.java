package io.quorum.examples.fillspnl;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A bot's running PnL in the quote currency (USDT), computed as Quorum's execution service computes a position:
 * one net position per bot (signed: long positive, short negative), its average entry price (at 12 decimals,
 * half-even), realized PnL when a fill reduces or flips it, and the fees paid. {@link #net()} is realized PnL less
 * fees; the open position's unrealized PnL needs a market price, which fills do not carry.
 */
record BotPnl(String userId, String botId, String symbol, BigDecimal position, BigDecimal entryPrice, BigDecimal realizedPnl,
              BigDecimal fees, long fills) {

    static final int SCALE = 12;

    static BotPnl start(Fill fill) {
        return new BotPnl(fill.userId(), fill.botId(), fill.symbol(), BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    BigDecimal net() {
        return realizedPnl.subtract(fees);
    }

    BotPnl apply(Fill fill) {
        BigDecimal fees = this.fees.add(fill.fee());
        BigDecimal signedQuantity = fill.quantity().multiply(BigDecimal.valueOf(fill.direction()));
        long count = fills + 1;
        if (position.signum() == 0 || position.signum() == fill.direction()) {
            BigDecimal grown = position.add(signedQuantity);
            BigDecimal entry = position.signum() == 0 ? fill.price()
                    : entryPrice.multiply(position.abs()).add(fill.price().multiply(fill.quantity()))
                            .divide(grown.abs(), SCALE, RoundingMode.HALF_EVEN);
            return new BotPnl(userId, botId, symbol, grown, strip(entry), realizedPnl, fees, count);
        }
        BigDecimal closed = position.abs().min(fill.quantity());
        // a long gains when the exit is above the entry, a short when it is below
        BigDecimal gain = fill.price().subtract(entryPrice).multiply(closed).multiply(BigDecimal.valueOf(position.signum()));
        BigDecimal realized = realizedPnl.add(gain);
        BigDecimal left = position.add(signedQuantity);
        if (left.signum() == 0) {
            return new BotPnl(userId, botId, symbol, BigDecimal.ZERO, null, realized, fees, count);
        }
        // reduced, entry unchanged; or flipped, the rest opening the other way at the fill's price
        BigDecimal entry = left.signum() == position.signum() ? entryPrice : fill.price();
        return new BotPnl(userId, botId, symbol, left, entry, realized, fees, count);
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
