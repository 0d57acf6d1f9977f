package io.quorum.marketdata.live.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KlineCheckTest {

    private static Candle candle(String high, String volume) {
        return new Candle(Symbol.of("SOLUSDT"), Interval.M1, Instant.parse("2026-01-05T10:00:00Z"),
                Price.of("100"), Price.of(high), Price.of("99"), Price.of("100"), Quantity.of(volume));
    }

    @Test
    void equalValuesAgreeWhateverTheirScale() {
        assertThat(KlineCheck.mismatch(candle("101.50", "3.0"), candle("101.5", "3"))).isEmpty();
    }

    @Test
    void namesEveryFieldThatDiffers() {
        assertThat(KlineCheck.mismatch(candle("101", "3"), candle("102", "4")))
                .contains("high trades 101 kline 102, volume trades 3 kline 4");
    }
}
