package io.quorum.notifier.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.delivery.ChannelSender;
import io.quorum.notifier.delivery.Deliveries;
import io.quorum.notifier.delivery.Delivery;
import io.quorum.notifier.delivery.SendOutcome;
import io.quorum.notifier.notification.NotificationId;
import io.quorum.notifier.settings.Channel;
import io.quorum.notifier.settings.ChannelSettings;
import java.time.Instant;
import java.util.List;

/**
 * Notification deliveries per channel ({@code slack}, {@code telegram}):
 * <ul>
 * <li>{@code quorum_notification_sends_total} per outcome ({@code sent}, {@code failed}) and
 * {@code quorum_notification_send_duration_seconds}: every attempt at the chat service;</li>
 * <li>{@code quorum_notification_deliveries_total} per outcome recorded for the delivery: {@code delivered},
 * {@code retrying} (an attempt failed, another is due later), {@code failed} (the last attempt failed: given up,
 * dead-lettered), {@code deferred} (the user's per-minute cap: no attempt, later) or {@code abandoned} (the channel
 * was switched off before the message could go).</li>
 * </ul>
 */
public class NotifierMetrics {

    private final MeterRegistry registry;

    public NotifierMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code sender}, with every attempt counted and timed. */
    public ChannelSender metered(ChannelSender sender) {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return sender.channel();
            }

            @Override
            public SendOutcome send(ChannelSettings settings, String text) {
                Timer.Sample started = Timer.start(registry);
                String outcome = "failed";
                try {
                    SendOutcome result = sender.send(settings, text);
                    outcome = result instanceof SendOutcome.Sent ? "sent" : "failed";
                    return result;
                } finally {
                    String channel = channelTag(sender.channel());
                    started.stop(Timer.builder("quorum.notification.send.duration")
                            .description("How long a chat service took to answer an attempt")
                            .tag("channel", channel).register(registry));
                    Counter.builder("quorum.notification.sends").description("Attempts to send a notification")
                            .tag("channel", channel).tag("outcome", outcome).register(registry).increment();
                }
            }
        };
    }

    /** {@code deliveries}, counting each attempt's recorded result. */
    public Deliveries metered(Deliveries deliveries) {
        return new Deliveries() {
            @Override
            public void schedule(NotificationId notificationId, EventId eventId, UserId userId, Channel channel,
                                 Instant due) {
                deliveries.schedule(notificationId, eventId, userId, channel, due);
            }

            @Override
            public List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
                return deliveries.claimDue(now, leaseUntil, limit);
            }

            @Override
            public List<DueDelivery> claimDue(Channel channel, Instant now, Instant leaseUntil, int limit) {
                return deliveries.claimDue(channel, now, leaseUntil, limit);
            }

            @Override
            public int deliveredSince(UserId userId, Channel channel, Instant since) {
                return deliveries.deliveredSince(userId, channel, since);
            }

            @Override
            public void record(Delivery before, Delivery after) {
                deliveries.record(before, after);
                recorded(before, after);
            }
        };
    }

    void recorded(Delivery before, Delivery after) {
        boolean attempted = after.attempts() > before.attempts();
        String outcome = switch (after.status()) {
            case DELIVERED -> "delivered";
            case PENDING -> attempted ? "retrying" : "deferred";
            case FAILED -> attempted ? "failed" : "abandoned";
        };
        Counter.builder("quorum.notification.deliveries").description("Notification deliveries, per outcome of an attempt")
                .tag("channel", channelTag(after.channel())).tag("outcome", outcome).register(registry).increment();
    }

    private static String channelTag(Channel channel) {
        return channel.name().toLowerCase();
    }
}
