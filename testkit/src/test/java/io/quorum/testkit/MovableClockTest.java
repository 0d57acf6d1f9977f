package io.quorum.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void standsStillUntilTheTestMovesIt() {
        MovableClock clock = new MovableClock(START);

        assertThat(clock.instant()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);

        assertThat(clock.advance(Duration.ofSeconds(90))).isEqualTo(START.plusSeconds(90));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(90));

        clock.set(START.minusSeconds(5));
        assertThat(clock.instant()).isEqualTo(START.minusSeconds(5));
    }

    @Test
    void aViewInAnotherZoneShowsTheSameTimeAndMovesWithIt() {
        MovableClock clock = new MovableClock(START);
        ZoneId paris = ZoneId.of("Europe/Paris");
        MovableClock inParis = clock.withZone(paris);

        assertThat(inParis.getZone()).isEqualTo(paris);
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        clock.advance(Duration.ofMinutes(1));
        assertThat(inParis.instant()).isEqualTo(START.plusSeconds(60));
        inParis.set(START);
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void advancesFromManyThreadsAtOnceAreNoneOfThemLost() throws Exception {
        MovableClock clock = new MovableClock(START);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> moves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                moves.add(pool.submit(() -> {
                    for (int n = 0; n < 1000; n++) {
                        clock.advance(Duration.ofMillis(1));
                    }
                }));
            }
            for (Future<?> move : moves) {
                move.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(clock.instant()).isEqualTo(START.plusMillis(8000));
    }
}
