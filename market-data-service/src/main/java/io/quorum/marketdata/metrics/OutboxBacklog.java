package io.quorum.marketdata.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code quorum_outbox_backlog}: events committed to the outbox and not yet on Kafka, read at each scrape. It
 * stays near zero while the relay keeps up; a steady rise means Kafka is unreachable or the relay is stuck.
 */
public class OutboxBacklog implements MeterBinder {

    private final JdbcClient jdbc;

    public OutboxBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("quorum.outbox.backlog", this, OutboxBacklog::rows)
                .description("Events in the outbox not yet published to Kafka")
                .register(registry);
    }

    private double rows() {
        return jdbc.sql("select count(*) from outbox").query(Long.class).single();
    }
}
