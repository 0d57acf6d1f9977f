package io.quorum.marketdata.replay.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.candles.model.Candle;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandleCsvTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");

    @Test
    void readsARealBybitRowExactly() {
        Candle candle = CandleCsv.parse(BTC, Interval.M1, "2025-06-01 00:00:00+00:00,104566.1,104611.4,104566.0,104611.4,55.036");

        assertThat(candle.symbol()).isEqualTo(BTC);
        assertThat(candle.interval()).isEqualTo(Interval.M1);
        assertThat(candle.openTime()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(candle.open().value()).isEqualByComparingTo("104566.1");
        assertThat(candle.high().value()).isEqualByComparingTo("104611.4");
        assertThat(candle.low().value()).isEqualByComparingTo("104566.0");
        assertThat(candle.close().value()).isEqualByComparingTo("104611.4");
        assertThat(candle.volume().value()).isEqualTo(new BigDecimal("55.036"));
    }

    @Test
    void readsARealEthereumRowWithTwoDecimalPrices() {
        Candle candle = CandleCsv.parse(Symbol.of("ETHUSDT"), Interval.M1, "2025-06-07 23:59:00+00:00,2522.4,2523.35,2522.05,2523.34,378.2");

        assertThat(candle.openTime()).isEqualTo(Instant.parse("2025-06-07T23:59:00Z"));
        assertThat(candle.high().toString()).isEqualTo("2523.35");
        assertThat(candle.volume().toString()).isEqualTo("378.2");
    }

    @Test
    void readsARealBinanceRowWithAnEpochMillisecondOpenTime() {
        // BTCUSDT 5m on Binance USDⓈ-M, 2025-10-01 00:00 UTC
        Candle candle = CandleCsv.parse(BTC, Interval.M5, "1759276800000,113988.7,114166.8,113988.7,114166.8,713.415");

        assertThat(candle.interval()).isEqualTo(Interval.M5);
        assertThat(candle.openTime()).isEqualTo(Instant.parse("2025-10-01T00:00:00Z"));
        assertThat(candle.closeTime()).isEqualTo(Instant.parse("2025-10-01T00:05:00Z"));
        assertThat(candle.high().value()).isEqualByComparingTo("114166.8");
        assertThat(candle.volume().toString()).isEqualTo("713.415");
    }

    @Test
    void refusesAnEpochTimestampTooLargeForAnInstant() {
        assertThatThrownBy(() -> CandleCsv.parse(BTC, Interval.M5, "99999999999999999999999,1,1,1,1,1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unreadable candle");
    }

    @Test
    void refusesARowWithMissingFields() {
        assertThatThrownBy(() -> CandleCsv.parse(BTC, Interval.M1, "2025-06-01 00:00:00+00:00,1,2,3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 6 fields");
    }

    @Test
    void refusesABadTimestamp() {
        assertThatThrownBy(() -> CandleCsv.parse(BTC, Interval.M1, "2025-06-01T00:00:00Z,1,1,1,1,1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unreadable candle");
    }

    @Test
    void refusesACloseOutsideTheRange() {
        assertThatThrownBy(() -> CandleCsv.parse(BTC, Interval.M1, "2025-06-01 00:00:00+00:00,100,101,99,102,1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within low..high");
    }

    @Test
    void refusesANegativeVolume() {
        assertThatThrownBy(() -> CandleCsv.parse(BTC, Interval.M1, "2025-06-01 00:00:00+00:00,100,101,99,100,-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
    }
}
