package io.quorum.contracts.event;

import java.time.Duration;
import java.util.Objects;

/**
 * A Kafka topic of the published language: its name, what its key is, and how long it keeps records.
 * A compacted topic keeps the latest record per key for ever.
 */
public record Topic(String name, KeyedBy keyedBy, boolean compacted, Duration retention, String purpose) {

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyedBy, "keyedBy");
        Objects.requireNonNull(retention, "retention");
    }

    public String keyOf(Event event) {
        return keyedBy.keyOf(event);
    }

    /** Where records that cannot be read or processed go, with the reason in their headers. */
    public String deadLetterTopic() {
        return deadLetterOf(name);
    }

    public static String deadLetterOf(String topicName) {
        return topicName + DEAD_LETTER_SUFFIX;
    }
}
