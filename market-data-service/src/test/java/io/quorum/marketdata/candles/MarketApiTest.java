package io.quorum.marketdata.candles;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.MarketDataSpringTest;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.replay.ReplayWindow;
import io.quorum.marketdata.replay.model.RecordedCandles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Stored: 2025-06-05 00:00-00:20 and, after a gap, 2025-06-06 00:00-00:05. The day ending with
 * the latest minute (06-06 00:04) starts at 06-05 00:05, so the first five minutes fall out of it.
 */
class MarketApiTest extends MarketDataSpringTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Instant DAY_STARTS = Instant.parse("2025-06-05T00:05:00Z");

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void storeTwoStretchesOfMarketTime() {
        replay.run(new ReplayWindow(Instant.parse("2025-06-05T00:00:00Z"), Instant.parse("2025-06-05T00:20:00Z")));
        replay.run(new ReplayWindow(Instant.parse("2025-06-06T00:00:00Z"), Instant.parse("2025-06-06T00:05:00Z")));
    }

    private static MockHttpServletRequestBuilder fromGateway(String path, Object... vars) {
        return get(path, vars).header(GatewayHeaders.SECRET, GATEWAY_SECRET)
                .header(GatewayHeaders.USER_ID, UUID.randomUUID().toString());
    }

    private static List<Candle> recorded(Instant from, Instant until) {
        List<Candle> candles = new ArrayList<>();
        try (RecordedCandles recorded = RecordedCandles.open(BTC, from, until)) {
            recorded.forEachRemaining(candles::add);
        }
        return candles;
    }

    @Test
    void summarizesTheTwentyFourHoursOfEventTimeEndingAtTheLatestCandle() throws Exception {
        List<Candle> day = new ArrayList<>(recorded(DAY_STARTS, Instant.parse("2025-06-05T00:20:00Z")));
        day.addAll(recorded(Instant.parse("2025-06-06T00:00:00Z"), Instant.parse("2025-06-06T00:05:00Z")));
        BigDecimal firstOpen = day.getFirst().open().value();
        BigDecimal lastClose = day.getLast().close().value();

        mvc.perform(fromGateway("/api/market/{symbol}", "BTCUSDT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.symbol").value("BTCUSDT"))
                .andExpect(jsonPath("$.lastPrice").value(day.getLast().close().toString()))
                .andExpect(jsonPath("$.high24h").value(day.stream().map(Candle::high).max(Comparator.naturalOrder()).orElseThrow().toString()))
                .andExpect(jsonPath("$.low24h").value(day.stream().map(Candle::low).min(Comparator.naturalOrder()).orElseThrow().toString()))
                .andExpect(jsonPath("$.volume24h").value(day.stream().map(c -> c.volume().value()).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .stripTrailingZeros().toPlainString()))
                .andExpect(jsonPath("$.change24hPercent").value(lastClose.subtract(firstOpen).multiply(BigDecimal.valueOf(100))
                        .divide(firstOpen, 2, RoundingMode.HALF_EVEN).toPlainString()))
                .andExpect(jsonPath("$.asOf").value("2025-06-06T00:05:00Z"));
    }

    @Test
    void pricesAreDecimalStrings() throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}", "ETHUSDT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastPrice").isString())
                .andExpect(jsonPath("$.volume24h").isString())
                .andExpect(jsonPath("$.change24hPercent").isString());
    }

    @Test
    void aSymbolWithoutDataIsNotFound() throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}", "XRPUSDT"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown market"))
                .andExpect(jsonPath("$.symbol").value("XRPUSDT"));
        mvc.perform(fromGateway("/api/market/{symbol}/candles", "XRPUSDT"))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @CsvSource({"btcusdt", "BTC-USDT", "B"})
    void aMalformedSymbolIsABadRequestNamingTheSymbol(String symbol) throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}", symbol))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("symbol"));
        mvc.perform(fromGateway("/api/market/{symbol}/candles", symbol))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("symbol"));
    }

    @Test
    void listsTheLatestCandlesOfAnIntervalOldestFirst() throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}/candles?interval=5m&limit=3", "BTCUSDT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].openTime").value("2025-06-05T00:10:00Z"))
                .andExpect(jsonPath("$[1].openTime").value("2025-06-05T00:15:00Z"))
                .andExpect(jsonPath("$[2].openTime").value("2025-06-06T00:00:00Z"))
                .andExpect(jsonPath("$[2].open").value(recorded(Instant.parse("2025-06-06T00:00:00Z"), Instant.parse("2025-06-06T00:01:00Z"))
                        .getFirst().open().toString()))
                .andExpect(jsonPath("$[2].close").value(recorded(Instant.parse("2025-06-06T00:04:00Z"), Instant.parse("2025-06-06T00:05:00Z"))
                        .getFirst().close().toString()))
                .andExpect(jsonPath("$[2].high").isString())
                .andExpect(jsonPath("$[2].low").isString())
                .andExpect(jsonPath("$[2].volume").isString());
    }

    @Test
    void defaultsToTheLatestTwoHundredOneMinuteCandles() throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}/candles", "ETHUSDT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(25)))
                .andExpect(jsonPath("$[0].openTime").value("2025-06-05T00:00:00Z"))
                .andExpect(jsonPath("$[24].openTime").value("2025-06-06T00:04:00Z"));
    }

    @Test
    void anIntervalWithNothingClosedYetIsAnEmptyList() throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}/candles?interval=4h", "BTCUSDT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @ParameterizedTest
    @CsvSource({"interval=7m, interval", "interval=1M, interval", "interval=, interval", "limit=, limit",
            "limit=0, limit", "limit=1001, limit", "limit=ten, limit", "limit=-5, limit", "limit=2.5, limit"})
    void aBadIntervalOrLimitIsABadRequestNamingTheParameter(String query, String field) throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}/candles?" + query, "BTCUSDT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void theLimitMayBeAnythingFromOneToAThousand() throws Exception {
        mvc.perform(fromGateway("/api/market/{symbol}/candles?limit=1", "BTCUSDT"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(fromGateway("/api/market/{symbol}/candles?limit=1000&interval=15m", "BTCUSDT"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void requestsThatDidNotComeThroughTheGatewayAreRefused() throws Exception {
        mvc.perform(get("/api/market/{symbol}", "BTCUSDT"))
                .andExpect(status().isUnauthorized());
    }

}
