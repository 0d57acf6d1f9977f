package io.quorum.allocation.platform;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;

/** Narrows an envelope read from a topic to the payload type a handler takes. */
public final class Envelopes {

    private Envelopes() {
    }

    @SuppressWarnings("unchecked")
    public static <E extends Event> Envelope<E> as(Envelope<?> envelope, Class<E> type) {
        if (!type.isInstance(envelope.payload())) {
            throw new IllegalArgumentException("expected " + type.getSimpleName() + " but got " + envelope.type().wireName());
        }
        return (Envelope<E>) envelope;
    }
}
