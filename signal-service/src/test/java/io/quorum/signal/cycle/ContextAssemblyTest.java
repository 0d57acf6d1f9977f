package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.context.Candle;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.OpenPosition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextAssemblyTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Instant AT = Instant.parse("2025-06-21T00:15:00Z");

    private final List<String> asked = new ArrayList<>();
    private final CandleSource source = (symbol, interval, at, count) -> {
        asked.add(symbol.value() + " " + interval.label() + " by " + at + " x" + count);
        Instant open = at.minus(interval.length());
        BigDecimal price = BigDecimal.valueOf(100);
        return List.of(new Candle(open, at, price, price, price, price, BigDecimal.ONE));
    };

    @Test
    void readsEachIntervalClosedByTheDecisionTimeInABoundedWindow() {
        MarketContext context = new ContextAssembly(source).at(BTC, AT, null);

        assertThat(asked).containsExactly("BTCUSDT 15m by " + AT + " x96", "BTCUSDT 1h by " + AT + " x96",
                "BTCUSDT 4h by " + AT + " x96");
        assertThat(context.at()).isEqualTo(AT);
        assertThat(context.m15().getFirst().closeTime()).isEqualTo(AT);
        assertThat(context.h4().getFirst().openTime()).isEqualTo(AT.minus(Interval.H4.length()));
        assertThat(context.openPosition()).isEmpty();
    }

    @Test
    void carriesTheBotsOpenPositionToEveryVoter() {
        OpenPosition held = new OpenPosition(Side.SELL, Quantity.of("0.01"), Price.of("101000"));

        MarketContext context = new ContextAssembly(source).at(BTC, AT, held);

        assertThat(context.openPosition()).contains(held);
    }
}
