package io.quorum.notifier.notification;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import java.time.Instant;
import java.util.Objects;

/** What one user is told about one event, at the event's time; {@code botId} is absent for news about the user as a whole. */
public record Notification(EventId eventId, UserId userId, BotId botId, NotificationKind kind, String text,
                           Instant occurredAt) {

    public Notification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
