package io.quorum.signal.api;

import io.quorum.signal.platform.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code ?limit=&cursor=} of this service's lists and the page they answer, as every list of the API does
 * (docs/architecture.md, "API conventions"): a limit outside 1..{@value #MAX_LIMIT} or a cursor this service did not
 * give out is a 400 naming the field. A cursor is opaque to clients: base64url of the position of the last item shown.
 */
final class Paging {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Paging() {
    }

    /** One page: the items, newest first, and {@code next}, the cursor of the following page, or null on the last. */
    record Page<T>(List<T> items, String next) {
    }

    /** The page out of rows read one beyond the limit: a row past the limit means a next page, after the last shown. */
    static <R, T> Page<T> of(List<R> rows, int limit, Function<R, String> positionOf, Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown.stream().map(view).toList(),
                more ? ENCODER.encodeToString(positionOf.apply(shown.getLast()).getBytes(StandardCharsets.UTF_8)) : null);
    }

    static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidRequestException("limit", "must be a whole number from 1 to " + MAX_LIMIT + ", was '" + text + "'");
    }

    /** The position a cursor marks, read by {@code reader}; anything this service could not have given out is a 400. */
    static <P> Optional<P> cursor(String cursor, Function<String, P> reader) {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            String position = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!position.isBlank()) {
                return Optional.of(reader.apply(position));
            }
        } catch (RuntimeException e) {
            // not base64url, or not a position of this list: answered below
        }
        throw new InvalidRequestException("cursor", "is not a cursor this list gave out (use the last page's next)");
    }
}
