package io.quorum.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.marketdata.MarketDataSpringTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lockstep replay also holds after each recorded step, not only after its ticks: a decision taken on a candle's
 * close (signal-service) must reach the venue before the next candle's first tick. It replays a window of 4 June
 * (ReplayRestartTest's day, hours later), so the cursors stay before the days other classes replay.
 */
class LockstepStepTest extends MarketDataSpringTest {

    private static final Instant FROM = Instant.parse("2025-06-04T12:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-06-04T12:05:00Z");

    @Autowired
    ReplaySettings settings;
    @Autowired
    ReplayCursors cursors;
    @Autowired
    TickPublisher ticks;
    @Autowired
    CandleRecorder recorder;

    /** ReplayRunnerTest starts a replay in a context of its own and expects no cursor of its symbols yet. */
    @AfterAll
    void leaveNoCursorBehind() {
        startFromEmptyCandleTables();
    }

    @Test
    void theReplayHoldsAfterEveryStepOnceThatStepsCandleIsRecorded() {
        List<Long> recordedAtEachHold = new ArrayList<>();
        Replay lockstep = new Replay(settings, cursors, ticks, recorder, () -> recordedAtEachHold.add(
                jdbc.sql("select count(*) from candles where candle_interval = '1m' and open_time >= ?")
                        .param(java.sql.Timestamp.from(FROM)).query(Long.class).single()));

        Replay.Outcome outcome = lockstep.run(new ReplayWindow(FROM, UNTIL));

        assertThat(outcome.candles()).isPositive();
        assertThat(recordedAtEachHold).as("1m candles recorded when the replay held")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, outcome.candles()).mapToObj(Long::valueOf).toList());
    }
}
