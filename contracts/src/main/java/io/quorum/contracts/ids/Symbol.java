package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/** An instrument as the venue names it, e.g. {@code BTCUSDT} (Bybit linear perpetual). */
public record Symbol(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,30}");

    public Symbol {
        Objects.requireNonNull(value, "symbol must not be null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("symbol must be 2-30 upper-case letters or digits, was '" + value + "'");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Symbol of(String text) {
        return new Symbol(text);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
