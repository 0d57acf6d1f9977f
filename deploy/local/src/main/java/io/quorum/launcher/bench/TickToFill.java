package io.quorum.launcher.bench;

import org.HdrHistogram.Histogram;

/**
 * Tick-to-fill latency of every fill a tick of the measured window caused, in microseconds, two ways:
 * <ul>
 *   <li>{@code records}: the fill record's producer time stamp minus the tick record's — from the
 *   market-data service handing the tick to its producer to the execution service's outbox relay
 *   handing the fill to its producer (one Kafka hop crossed: the tick's);</li>
 *   <li>{@code observed}: the fill's arrival at a consumer minus the tick record's time stamp — what
 *   a client of the executions topic sees (two hops: the tick's and the fill's).</li>
 * </ul>
 * Kafka time stamps are in milliseconds, so both are exact to a millisecond. Fills caused by anything
 * but a tick of the window (e.g. of the arming minute) are counted apart.
 */
record TickToFill(Histogram records, Histogram observed, long otherFills) {

    private static final long CEILING_MICROS = 3_600_000_000L;

    static TickToFill of(PipelineWatch watch, long windowStartMillis) {
        Histogram records = new Histogram(CEILING_MICROS, 3);
        Histogram observed = new Histogram(CEILING_MICROS, 3);
        long other = 0;
        for (PipelineWatch.SeenFill fill : watch.fills()) {
            Long tick = fill.causation() == null ? null : watch.tickRecordMillis(fill.causation());
            if (tick == null || tick < windowStartMillis) {
                other++;
                continue;
            }
            records.recordValue(micros(fill.recordMillis() - tick));
            observed.recordValue(micros(fill.arrivedMillis() - tick));
        }
        return new TickToFill(records, observed, other);
    }

    private static long micros(long millis) {
        return Math.min(CEILING_MICROS, Math.max(0, millis) * 1_000);
    }
}
