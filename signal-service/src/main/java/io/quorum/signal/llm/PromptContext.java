package io.quorum.signal.llm;

import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.OpenPosition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an LLM voter's prompt says about one decision: the market (closed 15m/1h/4h candles
 * up to the decision's event time, the bot's open position), indicator readings, the bot's recent
 * decisions and their results, its active lessons, and the leverage it may use.
 */
public record PromptContext(MarketContext market, List<Reading> indicators, List<String> recentDecisions,
                            List<String> lessons, int maxLeverage) {

    /** One indicator value, e.g. {@code RSI14} on {@code 15m} = 61.2. */
    public record Reading(String name, String interval, BigDecimal value) {

        public Reading {
            Objects.requireNonNull(name, "indicator name");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(value, "value");
        }
    }

    public PromptContext {
        Objects.requireNonNull(market, "market context");
        indicators = List.copyOf(indicators);
        recentDecisions = List.copyOf(recentDecisions);
        lessons = List.copyOf(lessons);
        if (maxLeverage < 1) {
            throw new IllegalArgumentException("a bot's leverage limit is at least 1, was " + maxLeverage);
        }
    }

    /** The market alone: no indicators, decisions or lessons yet. */
    public static PromptContext of(MarketContext market, int maxLeverage) {
        return new PromptContext(market, List.of(), List.of(), List.of(), maxLeverage);
    }

    public Optional<OpenPosition> openPosition() {
        return market.openPosition();
    }
}
