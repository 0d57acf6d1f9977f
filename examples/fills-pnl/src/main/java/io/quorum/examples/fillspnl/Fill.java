package io.quorum.examples.fillspnl;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One {@code order.filled.v1} as this consumer needs it: amounts as exact decimals, parsed from the strings Quorum
 * writes. {@code side} is the order's side: {@code BUY} adds to a long / reduces a short, {@code SELL} the reverse.
 */
record Fill(String eventId, Instant occurredAt, String userId, String botId, String symbol, String side, BigDecimal price,
            BigDecimal quantity, BigDecimal fee) {

    /** +1 for a buy, -1 for a sell. */
    int direction() {
        return switch (side) {
            case "BUY" -> 1;
            case "SELL" -> -1;
            default -> throw new IllegalArgumentException("unknown side " + side);
        };
    }
}
