package io.quorum.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.serde.EventJson;
import io.quorum.marketdata.MarketDataSpringTest;
import io.quorum.marketdata.candles.model.TestCandles;
import io.quorum.marketdata.replay.model.Halt;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

class ReplayRestartTest extends MarketDataSpringTest {

    private static final Instant FROM = Instant.parse("2025-06-04T00:00:00Z");
    private static final Instant CRASH = Instant.parse("2025-06-04T00:07:00Z");
    private static final Instant UNTIL = Instant.parse("2025-06-04T00:15:00Z");

    @Autowired
    ReplaySettings settings;
    @Autowired
    ReplayCursors cursors;
    @Autowired
    TickPublisher ticks;
    @Autowired
    CandleRecorder recorder;

    /** Each scenario replays from an empty database: cursors only move forward. */
    @BeforeEach
    void emptyTables() {
        startFromEmptyCandleTables();
    }

    private static List<Envelope<?>> inWindow(EventProbe probe, String topic, Instant from, Instant until) {
        return probe.records(topic).stream().<Envelope<?>>map(record -> EventJson.read(record.value()))
                .filter(e -> !e.occurredAt().isBefore(from) && !e.occurredAt().isAfter(until)).toList();
    }

    @Test
    void aRestartResumesAfterTheLastRecordedMinuteWithoutRepeatingOrSkippingOne() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.TICKS_NAME, Topics.CANDLES_NAME)) {
            // the first run stops at 00:07 as if the process died there
            assertThat(replay.run(new ReplayWindow(FROM, CRASH)).candles()).isEqualTo(14);

            // a new Replay, as after a restart: it only knows what the database remembers
            Replay restarted = new Replay(settings, cursors, ticks, recorder);
            Replay.Outcome outcome = restarted.run(new ReplayWindow(FROM, UNTIL));

            assertThat(outcome.candles()).isEqualTo(16);
            assertThat(restarted.run(new ReplayWindow(FROM, UNTIL)).candles()).isZero();

            assertThat(jdbc.sql("select candle_interval, count(*), count(distinct (symbol, open_time)) from candles group by candle_interval")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3)).list())
                    .containsExactlyInAnyOrder("1m 30 30", "5m 6 6", "15m 2 2");

            // the 5m candle 00:05-00:10 spans the restart and is still whole
            assertThat(jdbc.sql("select volume from candles where symbol = 'BTCUSDT' and candle_interval = '5m' and open_time = '2025-06-04T00:05:00Z'")
                    .query(java.math.BigDecimal.class).single())
                    .isEqualByComparingTo(jdbc.sql("select sum(volume) from candles where symbol = 'BTCUSDT' and candle_interval = '1m'"
                            + " and open_time >= '2025-06-04T00:05:00Z' and open_time < '2025-06-04T00:10:00Z'")
                            .query(java.math.BigDecimal.class).single());

            await().atMost(Duration.ofSeconds(60)).until(() -> inWindow(probe, Topics.CANDLES_NAME, FROM, UNTIL).size() >= 38);
            List<Envelope<?>> candles = inWindow(probe, Topics.CANDLES_NAME, FROM, UNTIL);
            assertThat(candles).hasSize(38);
            assertThat(candles.stream().map(e -> (CandleClosed) e.payload())
                    .map(c -> c.symbol() + " " + c.interval().label() + " " + c.openTime()).distinct()).hasSize(38);
            List<Envelope<?>> tickEvents = inWindow(probe, Topics.TICKS_NAME, FROM, UNTIL);
            assertThat(tickEvents).hasSize(120);
            assertThat(tickEvents.stream().map(Envelope::eventId).distinct()).hasSize(120);
        }
    }

    @Test
    void aMinuteCannotBeRecordedTwice() {
        Symbol btc = TestCandles.BTC;
        Instant minute = Instant.parse("2025-06-04T01:00:00Z");
        replay.run(new ReplayWindow(minute, minute.plus(Duration.ofMinutes(1))));

        assertThatThrownBy(() -> recorder.record(TestCandles.flat(minute, "100"))).isInstanceOf(DuplicateKeyException.class);
        assertThat(cursors.lastReplayed(btc)).contains(minute);
        assertThat(jdbc.sql("select count(*) from candles where symbol = 'BTCUSDT'").query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aHaltedReplayStopsBetweenMinutesAndResumesWhereItStopped() {
        Instant from = Instant.parse("2025-06-04T02:00:00Z");
        Instant until = Instant.parse("2025-06-04T02:03:00Z");
        Halt afterFirstMinute = new Halt() {
            private int asked;

            @Override
            public boolean requested() {
                return asked++ > 0;
            }

            @Override
            public boolean awaitRequest(Duration duration) {
                return requested();
            }
        };

        Replay.Outcome halted = replay.run(new ReplayWindow(from, until), afterFirstMinute);
        Replay.Outcome resumed = replay.run(new ReplayWindow(from, until));

        assertThat(halted.candles()).isEqualTo(2);
        assertThat(halted.reachedEnd()).isFalse();
        assertThat(resumed.candles()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from candles where candle_interval = '1m' and open_time >= ? and open_time < ?")
                .params(from.atOffset(java.time.ZoneOffset.UTC), until.atOffset(java.time.ZoneOffset.UTC)).query(Long.class).single())
                .isEqualTo(6L);
    }

}
