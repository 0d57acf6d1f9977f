package io.quorum.marketdata.replay.model;

import static io.quorum.marketdata.candles.model.TestCandles.minute;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleMergeTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Symbol ETH = Symbol.of("ETHUSDT");

    private static Candle at(Symbol symbol, String minute) {
        return minute(symbol, Instant.parse("2025-06-01T00:0" + minute + ":00Z"), "1", "1", "1", "1", "1");
    }

    private static List<String> merged(List<Candle> first, List<Candle> second) {
        List<String> order = new ArrayList<>();
        new CandleMerge(List.of(first.iterator(), second.iterator()))
                .forEachRemaining(c -> order.add(c.symbol() + "@" + c.openTime().toString().substring(14, 16)));
        return order;
    }

    @Test
    void interleavesSymbolsMinuteByMinuteKeepingTheConfiguredOrderWithinAMinute() {
        assertThat(merged(List.of(at(BTC, "0"), at(BTC, "1"), at(BTC, "2")), List.of(at(ETH, "0"), at(ETH, "1"), at(ETH, "2"))))
                .containsExactly("BTCUSDT@00", "ETHUSDT@00", "BTCUSDT@01", "ETHUSDT@01", "BTCUSDT@02", "ETHUSDT@02");
    }

    @Test
    void aSymbolThatStartsLaterJoinsAtItsFirstMinute() {
        assertThat(merged(List.of(at(BTC, "0"), at(BTC, "1"), at(BTC, "2")), List.of(at(ETH, "2"), at(ETH, "3"))))
                .containsExactly("BTCUSDT@00", "BTCUSDT@01", "BTCUSDT@02", "ETHUSDT@02", "ETHUSDT@03");
    }

    @Test
    void emptySourcesGiveNothing() {
        assertThat(merged(List.of(), List.of())).isEmpty();
    }
}
