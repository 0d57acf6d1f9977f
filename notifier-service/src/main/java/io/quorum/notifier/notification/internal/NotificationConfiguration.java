package io.quorum.notifier.notification.internal;

import io.quorum.notifier.delivery.Deliveries;
import io.quorum.notifier.notification.BotNames;
import io.quorum.notifier.notification.LiveFeed;
import io.quorum.notifier.notification.MessageTemplates;
import io.quorum.notifier.notification.Messages;
import io.quorum.notifier.notification.Notifications;
import io.quorum.notifier.platform.ProcessedEvents;
import io.quorum.notifier.settings.ChannelSettingsStore;
import jakarta.servlet.ServletContext;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires turning events into notifications, and the history. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

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
                                LiveFeed liveFeed, Clock deliveryClock) {
        return new NotifyService(processedEvents, messages, botNames, notifications, settings, deliveries, liveFeed,
                deliveryClock);
    }

    /**
     * The channel every instance of this notifier (this database and schema) notifies and listens on: another
     * deployment in another schema of the same database has its own.
     */
    @Bean
    LiveChannel liveChannel(JdbcClient jdbc) {
        return new LiveChannel("quorum_notifier_live_" + jdbc.sql("select current_schema()").query(String.class).single());
    }

    record LiveChannel(String name) {
    }

    @Bean
    PgLiveFeed liveFeed(JdbcClient jdbc, LiveChannel channel) {
        return new PgLiveFeed(jdbc, channel.name());
    }

    @Bean
    LiveRelay liveRelay(@Value("${spring.datasource.url}") String url,
                        @Value("${spring.datasource.username:}") String username,
                        @Value("${spring.datasource.password:}") String password, LiveChannel channel,
                        LiveEntries liveEntries, LiveSockets liveSockets) {
        return new LiveRelay(url, username, password, channel.name(), liveEntries, liveSockets);
    }

    @Bean
    LiveEntries liveEntries(JdbcClient jdbc) {
        return new LiveEntries(jdbc);
    }

    @Bean(destroyMethod = "shutdown")
    LiveSockets liveSockets(@Value("${quorum.gateway.secret}") String secret, LiveEntries liveEntries) {
        return new LiveSockets(secret, liveEntries);
    }

    /**
     * Adds {@code /ws/notifications} to the servlet container's WebSocket support (Tomcat's), once the container is
     * up. Without one (a mock servlet environment) there is nothing to add it to.
     */
    @Bean
    SmartInitializingSingleton liveSocketEndpoint(LiveSockets liveSockets, ObjectProvider<ServletContext> servletContext) {
        return () -> {
            ServletContext context = servletContext.getIfAvailable();
            Object container = context == null ? null : context.getAttribute(ServerContainer.class.getName());
            if (container instanceof ServerContainer webSockets) {
                try {
                    webSockets.addEndpoint(liveSockets.endpointConfig());
                } catch (DeploymentException e) {
                    throw new IllegalStateException("cannot serve " + LiveSockets.PATH, e);
                }
            } else {
                log.info("no WebSocket container: {} is not served", LiveSockets.PATH);
            }
        };
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
