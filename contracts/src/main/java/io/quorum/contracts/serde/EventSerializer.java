package io.quorum.contracts.serde;

import io.quorum.contracts.event.Envelope;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for Quorum topics. Writes an {@link Envelope} as {@link EventJson}; passes
 * bytes through unchanged, because outboxes store events already serialized and dead-letter
 * records keep the original bytes.
 */
public class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        return switch (data) {
            case null -> null;
            case byte[] bytes -> bytes;
            case Envelope<?> envelope -> EventJson.write(envelope);
            default -> throw new IllegalArgumentException("not an event envelope: " + data.getClass().getName());
        };
    }
}
