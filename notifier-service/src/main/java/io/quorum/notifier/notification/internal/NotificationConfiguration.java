package io.quorum.notifier.notification.internal;

import io.quorum.notifier.delivery.Deliveries;
import io.quorum.notifier.notification.BotNames;
import io.quorum.notifier.notification.MessageTemplates;
import io.quorum.notifier.notification.Messages;
import io.quorum.notifier.notification.Notifications;
import io.quorum.notifier.platform.ProcessedEvents;
import io.quorum.notifier.settings.ChannelSettingsStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires turning events into notifications, and the history. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    Messages messages() {
        // loaded and checked now, so a broken template stops the start rather than a user's message
        return new Messages(MessageTemplates.fromClasspath(NotificationConfiguration.class.getClassLoader()));
    }

    @Bean
    JdbcBotNames botNames(JdbcClient jdbc) {
        return new JdbcBotNames(jdbc);
    }

    @Bean
    JdbcNotifications notifications(JdbcClient jdbc) {
        return new JdbcNotifications(jdbc);
    }

    @Bean
    NotifyService notifyService(ProcessedEvents processedEvents, Messages messages, BotNames botNames,
                                Notifications notifications, ChannelSettingsStore settings, Deliveries deliveries,
                                Clock deliveryClock) {
        return new NotifyService(processedEvents, messages, botNames, notifications, settings, deliveries, deliveryClock);
    }

    @Bean
    NotifierListener notifierListener(NotifyService notifyService) {
        return new NotifierListener(notifyService);
    }

    @Bean
    NotificationHistory notificationHistory(JdbcClient jdbc) {
        return new NotificationHistory(jdbc);
    }
}
