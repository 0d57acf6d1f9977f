package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** One decision of an AI trend bot's voters on one closed candle. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "decisionId must not be null");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DecisionId of(String text) {
        return new DecisionId(UUID.fromString(text));
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    /** The same parts (e.g. bot and candle close time) always give the same id, so a replay decides under the same ids. */
    public static DecisionId derive(String... parts) {
        return new DecisionId(UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
