package io.quorum.launcher;


import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits until the pipeline has drained: the probe saw no new event for a number of one-second polls in a row. */
final class PipelineQuiet {

    private PipelineQuiet() {
    }

    static void await(EventProbe probe, Duration atMost, int quietPolls) {
        org.awaitility.Awaitility.await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(new Callable<>() {
            int last = -1;
            int quiet;

            @Override
            public Boolean call() {
                int now = probe.envelopes().size();
                quiet = now == last ? quiet + 1 : 0;
                last = now;
                return quiet >= quietPolls;
            }
        });
    }
}
