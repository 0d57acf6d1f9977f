package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Ties together every event caused, directly or not, by one original request or market event. */
public record CorrelationId(UUID value) {

    public CorrelationId {
        Objects.requireNonNull(value, "correlationId must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CorrelationId of(String text) {
        return new CorrelationId(UUID.fromString(text));
    }

    public static CorrelationId random() {
        return new CorrelationId(UUID.randomUUID());
    }

    /** The same parts always give the same id: replays and redeliveries derive identical ids. */
    public static CorrelationId derive(String... parts) {
        return new CorrelationId(UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
