package io.quorum.notifier.delivery;

import io.quorum.notifier.settings.Channel;
import io.quorum.notifier.settings.ChannelSettings;
import io.quorum.notifier.settings.ChannelSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sends what is due: each pending delivery gets one attempt per pass through the channel the user
 * set up, and the outcome is recorded. Delivery scheduling runs on the wall clock; it is not
 * trading logic.
 */
public final class Courier {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Deliveries deliveries;
    private final ChannelSettingsStore settings;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final RetryPolicy policy;
    private final Clock clock;
    private final Duration lease;
    private final int batchSize;
    private final int maxPerMinute;

    /** A courier without a per-minute cap. */
    public Courier(Deliveries deliveries, ChannelSettingsStore settings, List<ChannelSender> senders,
                   RetryPolicy policy, Clock clock, Duration lease, int batchSize) {
        this(deliveries, settings, senders, policy, clock, lease, batchSize, Integer.MAX_VALUE);
    }

    /**
     * @param maxPerMinute how many messages one user may get through one channel in any minute; more wait (are
     *                     deferred, never dropped) until the minute has room again
     */
    public Courier(Deliveries deliveries, ChannelSettingsStore settings, List<ChannelSender> senders,
                   RetryPolicy policy, Clock clock, Duration lease, int batchSize, int maxPerMinute) {
        if (maxPerMinute < 1) {
            throw new IllegalArgumentException("the per-minute cap must be at least 1, was " + maxPerMinute);
        }
        this.maxPerMinute = maxPerMinute;
        this.deliveries = deliveries;
        this.settings = settings;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        for (Channel channel : Channel.values()) {
            if (!this.senders.containsKey(channel)) {
                throw new IllegalArgumentException("no sender for " + channel);
            }
        }
        this.policy = policy;
        this.clock = clock;
        this.lease = lease;
        this.batchSize = batchSize;
    }

    /** Attempts every due delivery once (up to one batch per channel); answers how many it attempted. */
    public int deliverDue() {
        int attempted = 0;
        for (Channel channel : Channel.values()) {
            attempted += deliverDue(channel);
        }
        return attempted;
    }

    /**
     * Attempts the channel's due deliveries once (up to one batch); answers how many it took. Each channel has its
     * own worker calling this, so a chat service that hangs or fails holds up only its own messages.
     */
    public int deliverDue(Channel channel) {
        List<Deliveries.DueDelivery> due = claim(channel, batchSize);
        due.forEach(this::deliver);
        return due.size();
    }

    /**
     * Takes up to {@code limit} of the channel's due deliveries, at most one per user and none for a user whose
     * previous message on the channel is still being sent: each is for {@link #deliver} to send, and is hidden
     * from other workers until it is recorded or its lease ends.
     */
    public List<Deliveries.DueDelivery> claim(Channel channel, int limit) {
        Instant now = clock.instant();
        return deliveries.claimDue(channel, now, now.plus(lease), limit);
    }

    /** One attempt at a claimed delivery, and its outcome recorded (which frees the user's place in the channel). */
    public void deliver(Deliveries.DueDelivery due) {
        deliveries.record(due.delivery(), attempt(due));
    }

    public int batchSize() {
        return batchSize;
    }

    Delivery attempt(Deliveries.DueDelivery due) {
        Delivery delivery = due.delivery();
        ChannelSettings current = settings.of(delivery.userId());
        if (!current.isEnabled(delivery.channel())) {
            return delivery.abandoned(delivery.channel() + " was switched off before the message could be sent");
        }
        if (maxPerMinute != Integer.MAX_VALUE) {
            Instant now = clock.instant();
            if (deliveries.deliveredSince(delivery.userId(), delivery.channel(), now.minus(MINUTE)) >= maxPerMinute) {
                return delivery.deferred(now.plus(MINUTE.dividedBy(maxPerMinute)), "deferred: " + delivery.channel()
                        + " already took " + maxPerMinute + " messages for this user in the last minute");
            }
        }
        SendOutcome outcome;
        try {
            outcome = senders.get(delivery.channel()).send(current, due.text());
        } catch (RuntimeException e) {
            // a sender bug must count as an attempt, or the delivery would be retried for ever
            outcome = SendOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant finished = clock.instant();
        return switch (outcome) {
            case SendOutcome.Sent sent -> delivery.delivered(finished);
            case SendOutcome.Failed failed -> delivery.failed(failed.error(), finished, policy);
        };
    }
}
