package io.quorum.grid.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code ?limit=&cursor=} of a list request, checked: a limit outside 1..max or a cursor this
 * service did not give out is a 400 naming the field. A cursor is opaque to clients (base64url of
 * the position it marks); {@link #cursorValue()} is that position as the list wrote it.
 */
public record PageRequest(int limit, Optional<String> cursorValue) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static PageRequest of(String limit, String cursor, int defaultLimit, int maxLimit) {
        return new PageRequest(limit(limit, defaultLimit, maxLimit), Optional.ofNullable(cursor).map(PageRequest::open));
    }

    public static String cursor(String position) {
        return ENCODER.encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's position as a number, for lists whose position is a row's sequence number. */
    public Optional<Long> cursorNumber() {
        return cursorValue.map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw notACursor();
            }
        });
    }

    public static InvalidRequestException notACursor() {
        return new InvalidRequestException("cursor", "is not a cursor this list gave out (use the last page's next)");
    }

    private static int limit(String text, int defaultLimit, int maxLimit) {
        if (text == null) {
            return defaultLimit;
        }
        String rule = "must be a whole number from 1 to " + maxLimit;
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidRequestException("limit", rule);
    }

    private static String open(String cursor) {
        try {
            String value = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            if (value.isBlank()) {
                throw notACursor();
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }
}
