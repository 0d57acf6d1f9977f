package io.quorum.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicPassTest {

    @Test
    void aPassThatFailsDoesNotEndTheSchedule() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch thirdPass = new CountDownLatch(3);
        PeriodicPass pass = new PeriodicPass("failing-pass", Duration.ofMillis(20)) {
            @Override
            protected String runPass() {
                passes.incrementAndGet();
                thirdPass.countDown();
                throw new IllegalStateException("the database is away");
            }
        };
        pass.start();
        try {
            assertThat(pass.isRunning()).isTrue();
            assertThat(thirdPass.await(30, TimeUnit.SECONDS)).as("passes after a failed one").isTrue();
        } finally {
            pass.stop();
        }
        assertThat(pass.isRunning()).isFalse();
        assertThat(passes.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFailedCheckAtStartSchedulesNothing() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        PeriodicPass pass = new PeriodicPass("unchecked-pass", Duration.ofMillis(20)) {
            @Override
            protected String runPass() {
                passes.incrementAndGet();
                return "ran";
            }

            @Override
            protected void beforeStart() {
                throw new IllegalStateException("a compacted topic");
            }
        };
        assertThatThrownBy(pass::start).hasMessage("a compacted topic");
        assertThat(pass.isRunning()).isFalse();
        Thread.sleep(200); // ten intervals: a pass scheduled before the check would have run by now
        assertThat(passes.get()).isZero();
    }

    @Test
    void anIntervalThatIsNotPositiveIsRefusedByName() {
        assertThatThrownBy(() -> new PeriodicPass("some-pruning", Duration.ZERO) {
            @Override
            protected String runPass() {
                return "";
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("some-pruning");
    }
}
