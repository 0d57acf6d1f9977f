package io.quorum.registry.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One page of a list as a caller asks for it: {@code ?limit=} (1–100, default 50) and {@code ?cursor=}, the
 * {@code next} of the page before (absent: the first page). A cursor is opaque to callers: the base64url of the
 * position after the last item shown, so a page never repeats or skips an item when others are added meanwhile.
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    /** Reads the query parameters; a bad value is a 400 naming {@code limit} or {@code cursor}. */
    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(limitOf(limit), positionOf(cursor));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** The cursor that continues after {@code position}. */
    public static String cursorAfter(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static int limitOf(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    private static String positionOf(String cursor) {
        if (cursor == null) {
            return null;
        }
        // a cursor given empty marks no position: as malformed as any other this list did not give out
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!position.isBlank()) {
                return position;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidRequestException("cursor", "is not a cursor this list gave out");
    }
}
