package io.quorum.marketdata.candles.model;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.time.Instant;

/** Short-hand candles for tests. */
public final class TestCandles {

    public static final Symbol BTC = Symbol.of("BTCUSDT");

    private TestCandles() {
    }

    public static Candle minute(String openTime, String open, String high, String low, String close, String volume) {
        return minute(BTC, Instant.parse(openTime), open, high, low, close, volume);
    }

    public static Candle minute(Symbol symbol, Instant openTime, String open, String high, String low, String close, String volume) {
        return new Candle(symbol, Interval.M1, openTime, Price.of(open), Price.of(high), Price.of(low), Price.of(close),
                Quantity.of(volume));
    }

    /** A flat minute at {@code price}. */
    public static Candle flat(Instant openTime, String price) {
        return minute(BTC, openTime, price, price, price, price, "1");
    }
}
