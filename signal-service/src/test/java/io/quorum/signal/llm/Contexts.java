package io.quorum.signal.llm;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.context.Candle;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.OpenPosition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Decision contexts and providers for LLM voter tests. */
final class Contexts {

    static final Instant AT = Instant.parse("2025-10-10T12:15:00Z");
    static final String KEY = "sk-quorum-test-7f3a9c21e5";

    private Contexts() {
    }

    static PromptContext flat() {
        MarketContext market = MarketContext.flat(Symbol.of("BTCUSDT"), AT, candles(Duration.ofMinutes(15), 8),
                candles(Duration.ofHours(1), 4), candles(Duration.ofHours(4), 2));
        return new PromptContext(market, List.of(new PromptContext.Reading("RSI14", "15m", new BigDecimal("61.25")),
                new PromptContext.Reading("EMA21", "1h", new BigDecimal("64950.5"))),
                List.of("2025-10-10T08:00:00Z LONG at 64200, closed +1.1 %"),
                List.of("Do not chase a breakout on falling volume"), 10);
    }

    static PromptContext longPosition() {
        PromptContext flat = flat();
        MarketContext market = flat.market().withPosition(new OpenPosition(Side.BUY, Quantity.of("0.01"), Price.of("64800")));
        return new PromptContext(market, flat.indicators(), flat.recentDecisions(), flat.lessons(), flat.maxLeverage());
    }

    /** A briefing that hands the voter the given context, whatever market it is asked about. */
    static Briefing always(PromptContext context) {
        return market -> context;
    }

    static LlmProvider provider(String name, String baseUrl, OutputMode mode) {
        return new LlmProvider(name, baseUrl, name + "-model", ApiKey.of(KEY), Duration.ofSeconds(5), mode, 4);
    }

    private static List<Candle> candles(Duration step, int count) {
        List<Candle> candles = new ArrayList<>();
        Instant open = AT.minus(step.multipliedBy(count));
        BigDecimal price = new BigDecimal("65000");
        for (int i = 0; i < count; i++) {
            BigDecimal close = price.add(BigDecimal.valueOf(25L * (i % 3 - 1)));
            candles.add(new Candle(open, open.plus(step), price, price.max(close).add(BigDecimal.TEN),
                    price.min(close).subtract(BigDecimal.TEN), close, new BigDecimal("12.5")));
            open = open.plus(step);
            price = close;
        }
        return candles;
    }
}
