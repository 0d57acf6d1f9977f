package io.quorum.signal.technical;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.signal.context.MarketContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketContextTest {

    @Test
    void aCandleStillOpenAtTheDecisionTimeIsRefused() {
        MarketContext context = RecordedCandles.decisionAfter("2025-06-23T13:30");

        assertThatThrownBy(() -> MarketContext.flat(context.symbol(), context.at().minus(Duration.ofMinutes(1)),
                context.m15(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("still open");
    }

    @Test
    void candlesOutOfOrderAreRefused() {
        MarketContext context = RecordedCandles.decisionAfter("2025-06-23T13:30");

        assertThatThrownBy(() -> MarketContext.flat(context.symbol(), context.at(), context.m15().reversed(), List.of(),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
    }
}
