package io.quorum.execution.platform;

import io.quorum.contracts.ids.EventId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which events this service has handled, in the same transaction as their effects, so a
 * redelivered event changes nothing the second time.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    public ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time an event id is seen; false for a redelivery. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(EventId eventId) {
        return jdbc.sql("insert into processed_events (event_id) values (?) on conflict do nothing")
                .param(eventId.value())
                .update() == 1;
    }

    /** Whether the event was handled already (for work that runs outside the transaction that records it). */
    public boolean seen(EventId eventId) {
        return jdbc.sql("select count(*) from processed_events where event_id = ?").param(eventId.value())
                .query(Long.class).single() > 0;
    }
}
