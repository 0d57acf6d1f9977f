package io.quorum.marketdata.live.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinuteCandlesTest {

    private static final Symbol SOL = Symbol.of("SOLUSDT");
    private static final Instant M0 = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant M1 = M0.plusSeconds(60);
    private static final Instant M2 = M0.plusSeconds(120);

    private final MinuteCandles minutes = new MinuteCandles();
    private int ids;

    private void trade(String price, String size, Instant at) {
        minutes.add(new Trade(SOL, "t" + ids++, Price.of(price), Quantity.of(size), at));
    }

    @Test
    void buildsAWholeMinuteFromItsTradesByExchangeTimeWithExactDecimals() {
        trade("10", "1", M0.plusSeconds(59));
        trade("100.10", "0.1", M1);
        trade("100.35", "0.2", M1.plusSeconds(10));
        trade("99.95", "0.3", M1.plusSeconds(30));
        trade("100.05", "0.4", M1.plusMillis(59_999));
        trade("101", "1", M2.plusSeconds(1));

        Candle candle = minutes.take(SOL, M1).orElseThrow();

        assertThat(candle.open()).isEqualTo(Price.of("100.10"));
        assertThat(candle.high()).isEqualTo(Price.of("100.35"));
        assertThat(candle.low()).isEqualTo(Price.of("99.95"));
        assertThat(candle.close()).isEqualTo(Price.of("100.05"));
        assertThat(candle.volume().value()).isEqualByComparingTo("1.0");
        assertThat(minutes.take(SOL, M1)).as("taken once").isEmpty();
    }

    @Test
    void theMinuteInWhichTheStreamStartedIsPartialAndNeverOffered() {
        trade("10", "1", M0.plusSeconds(30));
        trade("11", "1", M1.plusSeconds(1));

        assertThat(minutes.take(SOL, M0)).isEmpty();
        assertThat(minutes.take(SOL, M1)).isPresent();
    }

    @Test
    void aRestartMakesTheNextMinutePartialAgain() {
        trade("10", "1", M0.plusSeconds(30));
        trade("11", "1", M1.plusSeconds(1));
        minutes.restart();
        trade("12", "1", M1.plusSeconds(40));

        assertThat(minutes.take(SOL, M1)).isEmpty();
    }

    @Test
    void theMinuteAfterOneTakenBeforeItsNextTradeIsStillWhole() {
        trade("10", "1", M0.plusSeconds(30));
        trade("11", "1", M1.plusSeconds(1));
        assertThat(minutes.take(SOL, M1)).isPresent();
        trade("12", "1", M2.plusSeconds(1));

        assertThat(minutes.take(SOL, M2)).map(Candle::open).isEqualTo(Optional.of(Price.of("12")));
    }

    @Test
    void aLatePrintFromAnEarlierMinuteIsIgnored() {
        trade("10", "1", M0.plusSeconds(30));
        trade("11", "1", M1.plusSeconds(1));
        trade("50", "1", M0.plusSeconds(59));

        assertThat(minutes.take(SOL, M1).orElseThrow().high()).isEqualTo(Price.of("11"));
    }
}
