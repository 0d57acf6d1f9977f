package io.quorum.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id Quorum gives an order at the venue (Bybit's {@code orderLinkId}, at most 36 characters).
 *
 * <p>It is derived from the intent, never random: {@code q<8 hex of the bot>-<20 hex of the intent>}.
 * Placing the same intent twice therefore produces the same id, which the venue refuses as a
 * duplicate; and every order of one bot shares the prefix {@link #botPrefix(BotId)}, which is how
 * a stopping bot finds and cancels its orders. The 30 characters leave room for a slice suffix.
 */
public record ClientOrderId(String value) {

    public static final int MAX_LENGTH = 36;
    private static final Pattern FORMAT = Pattern.compile("q[0-9a-f]{8}-[0-9a-f]{20}(-[0-9a-z]{1,5})?");

    public ClientOrderId {
        Objects.requireNonNull(value, "clientOrderId must not be null");
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("clientOrderId '" + value + "' is not a Quorum order link id");
        }
    }

    public static ClientOrderId forIntent(BotId bot, IntentId intent) {
        return new ClientOrderId(botPrefix(bot) + hex(intent.value().getMostSignificantBits(), intent.value().getLeastSignificantBits()).substring(0, 20));
    }

    /** The slice {@code n} of a split order keeps its parent's id and adds a suffix. */
    public ClientOrderId slice(int n) {
        return new ClientOrderId(value.substring(0, 30) + "-" + Integer.toString(n, 36));
    }

    public static String botPrefix(BotId bot) {
        return "q" + hex(bot.value().getMostSignificantBits(), bot.value().getLeastSignificantBits()).substring(0, 8) + "-";
    }

    public boolean belongsTo(BotId bot) {
        return value.startsWith(botPrefix(bot));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClientOrderId of(String text) {
        return new ClientOrderId(text);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }

    private static String hex(long high, long low) {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }
}
