package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** A user of Quorum; every order, budget and notification belongs to exactly one. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "userId must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UserId of(String text) {
        return new UserId(UUID.fromString(text));
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** The same parts always give the same id: replays and redeliveries derive identical ids. */
    public static UserId derive(String... parts) {
        return new UserId(UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
