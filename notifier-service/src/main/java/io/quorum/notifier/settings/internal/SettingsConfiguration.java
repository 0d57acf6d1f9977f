package io.quorum.notifier.settings.internal;

import io.quorum.notifier.notification.BotNames;
import io.quorum.notifier.settings.ChannelSettingsPolicy;
import io.quorum.notifier.settings.ChannelSettingsStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the channel settings. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    @Bean
    JdbcChannelSettingsStore channelSettingsStore(JdbcClient jdbc) {
        return new JdbcChannelSettingsStore(jdbc);
    }

    @Bean
    SettingsService settingsService(ChannelSettingsStore store, BotNames bots) {
        return new SettingsService(store, new ChannelSettingsPolicy(), bots);
    }
}
