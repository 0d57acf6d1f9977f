package io.quorum.marketdata.live.model;

import io.quorum.marketdata.candles.model.Candle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the candle our trades built with the exchange's confirmed kline of the same minute.
 * The kline is the exchange's own record and wins; a difference means we missed or misread trades,
 * which is worth counting and logging, not correcting by hand.
 */
public final class KlineCheck {

    private KlineCheck() {
    }

    /** Empty when they agree exactly (decimal value, not scale); else which fields differ. */
    public static Optional<String> mismatch(Candle fromTrades, Candle kline) {
        List<String> differences = new ArrayList<>();
        compare(differences, "open", fromTrades.open().value(), kline.open().value());
        compare(differences, "high", fromTrades.high().value(), kline.high().value());
        compare(differences, "low", fromTrades.low().value(), kline.low().value());
        compare(differences, "close", fromTrades.close().value(), kline.close().value());
        compare(differences, "volume", fromTrades.volume().value(), kline.volume().value());
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differences));
    }

    private static void compare(List<String> differences, String field, BigDecimal trades, BigDecimal kline) {
        if (trades.compareTo(kline) != 0) {
            differences.add(field + " trades " + trades.toPlainString() + " kline " + kline.toPlainString());
        }
    }
}
