package io.quorum.notifier.notification.internal;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.notifier.platform.Callers;
import io.quorum.notifier.platform.InvalidRequestException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications; there is no way to ask for another user's. */
@RestController
class HistoryController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final NotificationHistory history;

    HistoryController(NotificationHistory history) {
        this.history = history;
    }

    @GetMapping("/api/notifications")
    List<NotificationHistory.Entry> list(
            @RequestHeader(name = GatewayHeaders.USER_ID, required = false) String caller,
            @RequestParam(name = "limit", required = false) String limit) {
        return history.of(Callers.from(caller), limitOf(limit));
    }

    /** The caller's messages that failed for good on a channel (retries spent, or the channel switched off), newest first. */
    @GetMapping("/api/notifications/dead-letters")
    List<NotificationHistory.DeadLetter> deadLetters(
            @RequestHeader(name = GatewayHeaders.USER_ID, required = false) String caller,
            @RequestParam(name = "limit", required = false) String limit) {
        return history.deadLettersOf(Callers.from(caller), limitOf(limit));
    }

    private static int limitOf(String text) {
        if (text == null || text.isBlank()) {
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
