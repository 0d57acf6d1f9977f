package io.quorum.contracts.serde;

import io.quorum.contracts.event.Envelope;
import org.apache.kafka.common.serialization.Deserializer;

/** Kafka value deserializer for Quorum topics; throws {@link MalformedEventException} with the reason for anything unreadable. */
public class EventDeserializer implements Deserializer<Envelope<?>> {

    @Override
    public Envelope<?> deserialize(String topic, byte[] data) {
        return EventJson.read(data);
    }
}
