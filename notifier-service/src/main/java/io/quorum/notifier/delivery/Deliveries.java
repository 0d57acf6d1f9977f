package io.quorum.notifier.delivery;

import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.notification.NotificationId;
import io.quorum.notifier.settings.Channel;
import java.time.Instant;
import java.util.List;

/** Deliveries waiting, done and failed. */
public interface Deliveries {

    /** Schedules the notification for the channel, once: a second call for the same event and channel does nothing. */
    void schedule(NotificationId notificationId, EventId eventId, UserId userId, Channel channel, Instant due);

    /**
     * Takes up to {@code limit} due deliveries with their text and hides them from other workers
     * until {@code leaseUntil}; if this worker dies, they come back then. Fair per user: at most one per user and
     * channel, oldest first, and none for a user and channel with a delivery claimed and not yet recorded (in
     * flight), so one user's slow chat service never holds a place another user could use.
     */
    List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Like {@link #claimDue(Instant, Instant, int)}, for one channel only: each channel is worked on its own. */
    List<DueDelivery> claimDue(Channel channel, Instant now, Instant leaseUntil, int limit);

    /** How many messages went to the user through the channel since {@code since}: what the per-minute cap counts. */
    int deliveredSince(UserId userId, Channel channel, Instant since);

    /** Records an attempt's result unless another worker recorded this attempt first; the delivery is no longer in flight. */
    void record(Delivery before, Delivery after);

    record DueDelivery(Delivery delivery, String text) {
    }
}
