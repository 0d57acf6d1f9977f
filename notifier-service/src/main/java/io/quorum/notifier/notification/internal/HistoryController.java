package io.quorum.notifier.notification.internal;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.notifier.platform.Callers;
import io.quorum.notifier.platform.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications and dead letters, newest first, a page at a time ({@code ?limit=&cursor=}); there is
 * no way to ask for another user's.
 */
@RestController
class HistoryController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private static final Base64.Encoder CURSORS = Base64.getUrlEncoder().withoutPadding();

    private final NotificationHistory history;

    HistoryController(NotificationHistory history) {
        this.history = history;
    }

    /** One page of a list: {@code next} is the cursor of the following page, null on the last. */
    record Page<T>(List<T> items, String next) {

        /** The page out of entries read one beyond the limit; the cursor marks the last one shown by its id. */
        static <T> Page<T> of(List<T> entries, int limit, ToLongFunction<T> idOf) {
            if (entries.size() <= limit) {
                return new Page<>(List.copyOf(entries), null);
            }
            List<T> shown = entries.subList(0, limit);
            return new Page<>(List.copyOf(shown), CURSORS.encodeToString(
                    Long.toString(idOf.applyAsLong(shown.getLast())).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @GetMapping("/api/notifications")
    Page<NotificationHistory.Entry> list(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String caller,
                                         @RequestParam(name = "limit", required = false) String limit,
                                         @RequestParam(name = "cursor", required = false) String cursor) {
        int size = limitOf(limit);
        return Page.of(history.of(Callers.from(caller), afterOf(cursor), size + 1), size, NotificationHistory.Entry::id);
    }

    /**
     * The caller's messages that failed for good on a channel (retries spent, or the channel switched off), newest
     * first, a page at a time ({@code ?limit=&cursor=}).
     */
    @GetMapping("/api/notifications/dead-letters")
    Page<NotificationHistory.DeadLetter> deadLetters(
            @RequestHeader(name = GatewayHeaders.USER_ID, required = false) String caller,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "cursor", required = false) String cursor) {
        int size = limitOf(limit);
        return Page.of(history.deadLettersOf(Callers.from(caller), afterOf(cursor), size + 1), size,
                NotificationHistory.DeadLetter::id);
    }

    private static Optional<Long> afterOf(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            // NumberFormatException is one too
            throw new InvalidRequestException("cursor", "is not a cursor this list gave out (use the last page's next)");
        }
    }

    private static int limitOf(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other limit out of range
        }
        throw new InvalidRequestException("limit", "must be a whole number between 1 and " + MAX_LIMIT);
    }
}
