package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** A trading bot; one user owns at most a handful of them. */
public record BotId(UUID value) {

    public BotId {
        Objects.requireNonNull(value, "botId must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BotId of(String text) {
        return new BotId(UUID.fromString(text));
    }

    public static BotId random() {
        return new BotId(UUID.randomUUID());
    }

    /** The same parts always give the same id: replays and redeliveries derive identical ids. */
    public static BotId derive(String... parts) {
        return new BotId(UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
