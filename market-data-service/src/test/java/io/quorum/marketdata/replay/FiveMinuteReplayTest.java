package io.quorum.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.serde.EventJson;
import io.quorum.marketdata.MarketDataSpringTest;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A recording of 5m candles (real Binance BTCUSDT klines of the October 2025 crash, epoch-millisecond
 * timestamps) replays like the shipped 1m one: four ticks per candle spread over its five minutes,
 * the 15m/1h/4h candles rolled up from it, no 1m or 5m candle invented, and the market summary
 * answered from the 5m candles.
 */
@TestPropertySource(properties = {
        "quorum.replay.symbols=BTCUSDT",
        "quorum.replay.recording=classpath:replay-test/binance-usdm",
        "quorum.replay.interval=5m"})
class FiveMinuteReplayTest extends MarketDataSpringTest {

    private static final Instant FROM = Instant.parse("2025-10-10T20:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-10-11T00:00:00Z");

    @Autowired
    MockMvc mvc;

    private static List<Envelope<?>> inWindow(EventProbe probe, String topic) {
        return probe.records(topic).stream().<Envelope<?>>map(record -> EventJson.read(record.value()))
                .filter(e -> !e.occurredAt().isBefore(FROM) && !e.occurredAt().isAfter(UNTIL))
                .toList();
    }

    /** Its October cursor would hold back any later replay of BTCUSDT's June minutes in this database. */
    @AfterAll
    void leaveNoCursorBehind() {
        jdbc.sql("truncate candles, replay_cursor").update();
    }

    @Test
    void fourHoursOfFiveMinuteCandlesBecomeTicksAndTheLongerCandles() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.TICKS_NAME, Topics.CANDLES_NAME)) {
            Replay.Outcome outcome = replay.run(new ReplayWindow(FROM, UNTIL));

            assertThat(outcome.candles()).isEqualTo(48);
            assertThat(outcome.lastStep()).isEqualTo(Instant.parse("2025-10-10T23:55:00Z"));
            await().atMost(Duration.ofSeconds(60)).until(() -> inWindow(probe, Topics.TICKS_NAME).size() >= 4 * 48
                    && inWindow(probe, Topics.CANDLES_NAME).size() >= 48 + 16 + 4 + 1);

            List<Envelope<?>> ticks = inWindow(probe, Topics.TICKS_NAME);
            assertThat(ticks).hasSize(4 * 48);
            // the first candle: open 116,605.2, low 116,581.8 (the nearer extreme), high 116,843.9, close 116,842.5
            assertThat(ticks.subList(0, 4)).extracting(e -> e.occurredAt() + " " + ((TickObserved) e.payload()).price())
                    .containsExactly("2025-10-10T20:00:00Z 116605.2", "2025-10-10T20:01:40Z 116581.8",
                            "2025-10-10T20:03:20Z 116843.9", "2025-10-10T20:04:59Z 116842.5");
            assertThat(ticks).extracting(e -> ((TickObserved) e.payload()).price().toString()).contains("101516.5");

            Map<Interval, Long> perInterval = inWindow(probe, Topics.CANDLES_NAME).stream()
                    .collect(Collectors.groupingBy(e -> ((CandleClosed) e.payload()).interval(), Collectors.counting()));
            assertThat(perInterval).containsExactlyInAnyOrderEntriesOf(
                    Map.of(Interval.M5, 48L, Interval.M15, 16L, Interval.H1, 4L, Interval.H4, 1L));
            // the candles closing at midnight reach the topic longest first, so a consumer that decides on
            // the shorter one already has the longer ones
            assertThat(inWindow(probe, Topics.CANDLES_NAME).stream().filter(e -> e.occurredAt().equals(UNTIL))
                    .map(e -> ((CandleClosed) e.payload()).interval()))
                    .containsExactly(Interval.H4, Interval.H1, Interval.M15, Interval.M5);
        }

        mvc.perform(get("/api/market/BTCUSDT").header(GatewayHeaders.SECRET, GATEWAY_SECRET))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastPrice").value("112714.9"))
                .andExpect(jsonPath("$.low24h").value("101516.5"))
                .andExpect(jsonPath("$.high24h").value("117145.3"))
                .andExpect(jsonPath("$.asOf").value("2025-10-11T00:00:00Z"));
        mvc.perform(get("/api/market/BTCUSDT/candles?interval=4h&limit=1").header(GatewayHeaders.SECRET, GATEWAY_SECRET))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].openTime").value("2025-10-10T20:00:00Z"))
                .andExpect(jsonPath("$[0].low").value("101516.5"));
    }
}
