package io.quorum.signal.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.quorum.signal.voting.Action;
import io.quorum.signal.context.Candle;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.voting.Vote;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static final BigDecimal EIGHTH_DECIMAL = new BigDecimal("0.00000001");
    /** A short hand-made series: a rise, a pull-back, a rise again. */
    private static final List<BigDecimal> CLOSES = Stream.of("100", "101.5", "103", "102", "104.25", "106", "105.5",
            "104", "103.75", "105", "107.5", "109", "108", "110.5", "112", "111", "109.5", "111.25", "113", "114.5")
            .map(BigDecimal::new).toList();

    @Test
    void emaOfAShortSeriesMatchesAHandComputation() {
        List<Candle> candles = candles(CLOSES);

        assertThat(IndicatorMath.ema(candles, 3, 0)).isCloseTo(ReferenceIndicators.emaSeededLikeTa4j(CLOSES, 3), within(EIGHTH_DECIMAL));
        assertThat(IndicatorMath.ema(candles, 5, 0)).isCloseTo(ReferenceIndicators.emaSeededLikeTa4j(CLOSES, 5), within(EIGHTH_DECIMAL));
        assertThat(IndicatorMath.ema(candles, 5, 1))
                .isCloseTo(ReferenceIndicators.emaSeededLikeTa4j(CLOSES.subList(0, CLOSES.size() - 1), 5), within(EIGHTH_DECIMAL));
    }

    @Test
    void rsiOfAShortSeriesMatchesAHandComputation() {
        List<Candle> candles = candles(CLOSES);

        assertThat(IndicatorMath.rsi(candles, 5, 0)).isCloseTo(ReferenceIndicators.rsiSeededLikeTa4j(CLOSES, 5), within(EIGHTH_DECIMAL));
        assertThat(IndicatorMath.rsi(candles, 14, 0)).isCloseTo(ReferenceIndicators.rsiSeededLikeTa4j(CLOSES, 14), within(EIGHTH_DECIMAL));
    }

    @Test
    void theFirstValueOfARisingSeriesIsAHundredAndOfTheEmaTheClose() {
        List<BigDecimal> rising = Stream.of("1", "2", "3", "4", "5", "6").map(BigDecimal::new).toList();

        assertThat(IndicatorMath.rsi(candles(rising), 5, 0)).isEqualByComparingTo("100");
        // ta4j's warm-up: the EMA of period 3 starts at the 4th close and moves halfway each bar
        assertThat(IndicatorMath.ema(candles(rising), 3, 0)).isEqualByComparingTo("5.25");
    }

    @Test
    void aMarketThatDidNotMoveHasANeutralRsiNotAnOversoldOne() {
        List<BigDecimal> flat = Collections.nCopies(70, new BigDecimal("100000"));
        List<BigDecimal> flatAfterAMove = new ArrayList<>(List.of(new BigDecimal("99000")));
        flatAfterAMove.addAll(Collections.nCopies(69, new BigDecimal("100000")));

        assertThat(IndicatorMath.rsi(candles(flat), 14, 0)).isEqualByComparingTo("50");
        // the move lies before the seed: the averages never saw it
        assertThat(IndicatorMath.rsi(candles(flatAfterAMove), 14, 0)).isEqualByComparingTo("50");
        assertThat(new RsiBandVoter().vote(MarketContext.flat(RecordedCandles.BTCUSDT,
                candles(flat).getLast().closeTime(), candles(flat), List.of(), List.of())))
                .isInstanceOfSatisfying(Vote.class,
                        vote -> assertThat(vote.action()).isEqualTo(Action.HOLD));
    }

    @Test
    void onRecordedCandlesTa4jAgreesWithTheTextbookSeedingOnceWarm() {
        MarketContext context = RecordedCandles.decisionAfter("2025-06-23T13:30");
        List<BigDecimal> closes = context.m15().stream().map(Candle::close).toList();

        Indicators indicators = Indicators.compute(context, IndicatorSettings.DEFAULTS);

        assertThat(indicators.rsi15m()).isCloseTo(ReferenceIndicators.rsiSeededLikeTa4j(closes, 14), within(EIGHTH_DECIMAL));
        assertThat(indicators.ema15m().slow()).isCloseTo(ReferenceIndicators.emaSeededLikeTa4j(closes, 21), within(EIGHTH_DECIMAL));
        // 96 candles after the seed, the choice of seed has faded below half an RSI point and one dollar of EMA
        assertThat(indicators.rsi15m()).isCloseTo(ReferenceIndicators.rsiTextbook(closes, 14), within(new BigDecimal("0.5")));
        assertThat(indicators.ema15m().slow()).isCloseTo(ReferenceIndicators.emaTextbook(closes, 21), within(new BigDecimal("1")));
        assertThat(indicators.ema1h().fastAbove()).isTrue();
        assertThat(indicators.previousEma15m().fastAbove()).isFalse();
        assertThat(indicators.ema15m().fastAbove()).isTrue();
    }

    @Test
    void tooFewCandlesAreNamedWithTheCountNeeded() {
        MarketContext early = RecordedCandles.decisionAfter("2025-06-20T10:00");

        assertThat(Indicators.shortfall(early.m15(), IndicatorSettings.DEFAULTS, "15m"))
                .contains("not enough candles: 41 of 63 (15m)");
        assertThatThrownBy(() -> Indicators.compute(early, IndicatorSettings.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("41 of 63");
    }

    static List<Candle> candles(List<BigDecimal> closes) {
        Instant start = Instant.parse("2025-06-01T00:00:00Z");
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < closes.size(); i++) {
            Instant open = start.plus(Duration.ofMinutes(15L * i));
            BigDecimal close = closes.get(i);
            candles.add(new Candle(open, open.plus(Duration.ofMinutes(15)), close, close, close, close, BigDecimal.ONE));
        }
        return candles;
    }
}
