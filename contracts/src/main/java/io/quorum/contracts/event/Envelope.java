package io.quorum.contracts.event;

import io.quorum.contracts.ids.CorrelationId;
import io.quorum.contracts.ids.EventId;
import java.time.Instant;
import java.util.Objects;

/**
 * One published event with its metadata. {@code occurredAt} is event time: the market time at
 * which the fact became true, never the wall clock of the machine that wrote it down.
 */
public record Envelope<E extends Event>(EventId eventId, Instant occurredAt, EventId causationId,
                                        CorrelationId correlationId, E payload) {

    public Envelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event nothing else caused: a user's request or a market observation. */
    public static <E extends Event> Envelope<E> originating(E payload, Instant occurredAt) {
        return new Envelope<>(EventId.random(), occurredAt, null, CorrelationId.random(), payload);
    }

    /** An event caused by this one: same correlation, this one as its cause. */
    public <F extends Event> Envelope<F> cause(F payload, Instant occurredAt) {
        return new Envelope<>(EventId.random(), occurredAt, eventId, correlationId, payload);
    }

    public EventType type() {
        return EventCatalog.typeOf(payload);
    }

    public Topic topic() {
        return type().topic();
    }

    public String key() {
        return topic().keyOf(payload);
    }
}
