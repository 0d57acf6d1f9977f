package io.quorum.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.serde.EventJson;
import io.quorum.marketdata.MarketDataSpringTest;
import io.quorum.marketdata.candles.model.Aggregation;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.replay.model.RecordedCandles;
import io.quorum.marketdata.replay.model.TickPath;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ReplayFlowTest extends MarketDataSpringTest {

    private static final Instant FROM = Instant.parse("2025-06-03T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-06-03T00:20:00Z");
    private static final Symbol BTC = Symbol.of("BTCUSDT");

    /** A record read back with its key. */
    private record Keyed(String key, Envelope<?> envelope) {
    }

    private static List<Keyed> inWindow(EventProbe probe, String topic, Predicate<Instant> eventTime) {
        List<Keyed> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : probe.records(topic)) {
            Envelope<?> envelope = EventJson.read(record.value());
            if (eventTime.test(envelope.occurredAt())) {
                found.add(new Keyed(record.key(), envelope));
            }
        }
        return found;
    }

    private static List<Candle> recorded(Symbol symbol, Instant from, Instant until) {
        List<Candle> candles = new ArrayList<>();
        try (RecordedCandles recorded = RecordedCandles.open(symbol, from, until)) {
            recorded.forEachRemaining(candles::add);
        }
        return candles;
    }

    @Test
    void replayingTwentyMinutesPublishesTheirTicksAndEveryClosedCandleAndStoresTheCandles() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.TICKS_NAME, Topics.CANDLES_NAME)) {
            Replay.Outcome outcome = replay.run(new ReplayWindow(FROM, UNTIL));

            assertThat(outcome.candles()).isEqualTo(40);
            assertThat(outcome.lastStep()).isEqualTo(Instant.parse("2025-06-03T00:19:00Z"));
            assertThat(outcome.reachedEnd()).isTrue();

            // four ticks per 1m candle, keyed by symbol, along the candle's path
            Predicate<Instant> tickTime = t -> !t.isBefore(FROM) && t.isBefore(UNTIL);
            await().atMost(Duration.ofSeconds(60)).until(() -> inWindow(probe, Topics.TICKS_NAME, tickTime).size() >= 160);
            List<Keyed> ticks = inWindow(probe, Topics.TICKS_NAME, tickTime);
            assertThat(ticks).hasSize(160).allSatisfy(tick ->
                    assertThat(tick.key()).isEqualTo(((TickObserved) tick.envelope().payload()).symbol().toString()));
            Candle firstBtcMinute = recorded(BTC, FROM, FROM.plusSeconds(60)).getFirst();
            assertThat(ticks.stream().filter(tick -> tick.key().equals("BTCUSDT")).limit(4)
                    .map(tick -> tick.envelope().occurredAt() + " " + ((TickObserved) tick.envelope().payload()).price()))
                    .containsExactlyElementsOf(TickPath.of(firstBtcMinute).stream().map(p -> p.at() + " " + p.price()).toList());

            // every candle closed in the window, keyed by symbol, stamped with its close time
            Predicate<Instant> closeTime = t -> t.isAfter(FROM) && !t.isAfter(UNTIL);
            await().atMost(Duration.ofSeconds(60)).until(() -> inWindow(probe, Topics.CANDLES_NAME, closeTime).size() >= 50);
            List<Keyed> candles = inWindow(probe, Topics.CANDLES_NAME, closeTime);
            assertThat(candles).hasSize(50).allSatisfy(keyed -> {
                CandleClosed candle = (CandleClosed) keyed.envelope().payload();
                assertThat(keyed.key()).isEqualTo(candle.symbol().toString());
                assertThat(keyed.envelope().occurredAt()).isEqualTo(candle.closeTime());
            });
            Map<Interval, Long> perInterval = candles.stream().collect(Collectors.groupingBy(
                    keyed -> ((CandleClosed) keyed.envelope().payload()).interval(), Collectors.counting()));
            assertThat(perInterval).containsExactlyInAnyOrderEntriesOf(Map.of(Interval.M1, 40L, Interval.M5, 8L, Interval.M15, 2L));

            CandleClosed btcQuarter = candles.stream().map(keyed -> (CandleClosed) keyed.envelope().payload())
                    .filter(c -> c.symbol().equals(BTC) && c.interval() == Interval.M15).findFirst().orElseThrow();
            assertThat(btcQuarter).isEqualTo(Aggregation.of(Interval.M15, recorded(BTC, FROM, FROM.plus(Duration.ofMinutes(15)))).closed());
        }

        assertThat(jdbc.sql("select candle_interval, count(*) from candles group by candle_interval")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list())
                .containsExactlyInAnyOrder(Map.entry("1m", 40L), Map.entry("5m", 8L), Map.entry("15m", 2L));
        assertThat(jdbc.sql("select symbol, last_open_time from replay_cursor order by symbol")
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, java.time.OffsetDateTime.class).toInstant()).list())
                .containsExactly("BTCUSDT 2025-06-03T00:19:00Z", "ETHUSDT 2025-06-03T00:19:00Z");
    }
}
