package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies one published event; consumers remember the ones they processed. */
public record EventId(UUID value) {

    public EventId {
        Objects.requireNonNull(value, "eventId must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventId of(String text) {
        return new EventId(UUID.fromString(text));
    }

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    /** The same parts always give the same id: replays and redeliveries derive identical ids. */
    public static EventId derive(String... parts) {
        return new EventId(UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
