package io.quorum.marketdata.candles.model;

import static io.quorum.marketdata.candles.model.TestCandles.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.market.Interval;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketSummaryTest {

    @Test
    void summarizesTheDayEndingWithTheLatestMinute() {
        MarketSummary summary = MarketSummary.of(List.of(
                minute("2025-06-02T10:00:00Z", "105", "106", "104", "105.5", "2"),
                minute("2025-06-01T10:01:00Z", "100", "101", "97.5", "100.5", "1.25"),
                minute("2025-06-02T09:00:00Z", "103", "110", "102", "104", "3")));

        assertThat(summary.symbol()).isEqualTo(TestCandles.BTC);
        assertThat(summary.lastPrice().toString()).isEqualTo("105.5");
        assertThat(summary.high24h().toString()).isEqualTo("110");
        assertThat(summary.low24h().toString()).isEqualTo("97.5");
        assertThat(summary.volume24h().toString()).isEqualTo("6.25");
        assertThat(summary.change24hPercent().toPlainString()).isEqualTo("5.50");
        assertThat(summary.asOf()).isEqualTo(Instant.parse("2025-06-02T10:01:00Z"));
    }

    @Test
    void roundsTheChangeToTwoDecimalsAndKeepsItsSign() {
        MarketSummary summary = MarketSummary.of(List.of(
                minute("2025-06-01T00:00:00Z", "3", "3", "2", "2", "1")));

        assertThat(summary.change24hPercent().toPlainString()).isEqualTo("-33.33");
    }

    @Test
    void theDayStartsTwentyThreeHoursFiftyNineMinutesBeforeTheLatestMinute() {
        assertThat(MarketSummary.periodStart(Instant.parse("2025-06-02T10:00:00Z"), Interval.M1)).isEqualTo(Instant.parse("2025-06-01T10:01:00Z"));
    }

    @Test
    void refusesCandlesOlderThanTheDay() {
        assertThatThrownBy(() -> MarketSummary.of(List.of(
                minute("2025-06-01T10:00:00Z", "1", "1", "1", "1", "1"),
                minute("2025-06-02T10:00:00Z", "1", "1", "1", "1", "1"))))
                .hasMessageContaining("older than 24 h");
    }
}
