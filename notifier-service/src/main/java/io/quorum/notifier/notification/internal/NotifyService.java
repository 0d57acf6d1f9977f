package io.quorum.notifier.notification.internal;

import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.event.Envelope;
import io.quorum.notifier.delivery.Deliveries;
import io.quorum.notifier.notification.BotNames;
import io.quorum.notifier.notification.LiveFeed;
import io.quorum.notifier.notification.Messages;
import io.quorum.notifier.notification.Notification;
import io.quorum.notifier.notification.NotificationId;
import io.quorum.notifier.notification.Notifications;
import io.quorum.notifier.platform.ProcessedEvents;
import io.quorum.notifier.settings.Channel;
import io.quorum.notifier.settings.ChannelSettingsStore;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an event into a notification in the user's history and one pending delivery per enabled
 * channel, all in one transaction with the processed-event mark: a redelivered event adds nothing,
 * and a crash before the commit leaves the event to be consumed again.
 */
public class NotifyService {

    private final ProcessedEvents processedEvents;
    private final Messages messages;
    private final BotNames botNames;
    private final Notifications notifications;
    private final ChannelSettingsStore settings;
    private final Deliveries deliveries;
    private final LiveFeed liveFeed;
    private final Clock clock;

    public NotifyService(ProcessedEvents processedEvents, Messages messages, BotNames botNames,
                         Notifications notifications, ChannelSettingsStore settings, Deliveries deliveries,
                         LiveFeed liveFeed, Clock clock) {
        this.processedEvents = processedEvents;
        this.messages = messages;
        this.botNames = botNames;
        this.notifications = notifications;
        this.settings = settings;
        this.deliveries = deliveries;
        this.liveFeed = liveFeed;
        this.clock = clock;
    }

    @Transactional
    public void handle(Envelope<?> envelope) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        if (envelope.payload() instanceof BotStarted started) {
            botNames.remember(started.botId(), started.userId(), started.name());
        }
        messages.describe(envelope, botNames::nameOf).ifPresent(this::notifyUser);
    }

    /**
     * A bot was created: nothing to tell anyone, but from now on its owner may route its messages and any other user
     * who names it in their settings gets 404. Idempotent (a redelivery inserts nothing), so no processed-event mark.
     */
    @Transactional
    public void created(BotCreated created) {
        botNames.learn(created.botId(), created.userId(), created.name());
    }

    private void notifyUser(Notification notification) {
        notifications.add(notification).ifPresent(id -> {
            // the browser hears of it only once it is in the history for good: the live feed's message is sent on commit
            liveFeed.publish(id, notification);
            for (Channel channel : settings.of(notification.userId()).channelsFor(notification.kind(), notification.botId())) {
                deliveries.schedule(id, notification.eventId(), notification.userId(), channel, clock.instant());
            }
        });
    }
}
