package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** A bot's wish to place one order; at most one venue order ever exists per intent. */
public record IntentId(UUID value) {

    public IntentId {
        Objects.requireNonNull(value, "intentId must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static IntentId of(String text) {
        return new IntentId(UUID.fromString(text));
    }

    public static IntentId random() {
        return new IntentId(UUID.randomUUID());
    }

    /** The same parts always give the same id: replays and redeliveries derive identical ids. */
    public static IntentId derive(String... parts) {
        return new IntentId(UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
