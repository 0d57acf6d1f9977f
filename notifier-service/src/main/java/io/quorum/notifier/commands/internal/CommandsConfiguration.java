package io.quorum.notifier.commands.internal;

import io.quorum.notifier.commands.TelegramCommands;
import io.quorum.notifier.settings.ChannelSettingsStore;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** Wires the Telegram commands ({@code quorum.notifier.telegram.commands.enabled}, on by default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "quorum.notifier.telegram.commands.enabled", havingValue = "true", matchIfMissing = true)
class CommandsConfiguration {

    @Bean
    TelegramPoller telegramPoller(ChannelSettingsStore settings, JdbcClient jdbc,
                                  @Value("${quorum.notifier.telegram.commands.base-url:${quorum.notifier.telegram.base-url:https://api.telegram.org}}")
                                  String telegramUrl,
                                  @Value("${quorum.notifier.telegram.commands.long-poll:PT25S}") Duration longPoll,
                                  @Value("${quorum.notifier.telegram.commands.refresh:PT10S}") Duration refresh,
                                  @Value("${quorum.gateway.secret}") String secret,
                                  @Value("${quorum.notifier.services.registry-url:http://localhost:8081}") String registryUrl,
                                  @Value("${quorum.notifier.services.allocation-url:http://localhost:8082}") String allocationUrl,
                                  @Value("${spring.datasource.url}") String databaseUrl,
                                  @Value("${spring.datasource.username:}") String databaseUser,
                                  @Value("${spring.datasource.password:}") String databasePassword) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory polls = new JdkClientHttpRequestFactory(client);
        // a long poll answers after up to longPoll: the read timeout leaves it room
        polls.setReadTimeout(longPoll.plusSeconds(15));
        JdkClientHttpRequestFactory calls = new JdkClientHttpRequestFactory(client);
        calls.setReadTimeout(Duration.ofSeconds(15));
        var telegram = new TelegramBotApi(RestClient.builder().requestFactory(polls).build(), telegramUrl);
        var platform = new RestPlatform(RestClient.builder().requestFactory(calls).build(), secret, registryUrl, allocationUrl);
        return new TelegramPoller(settings, telegram, new TelegramCommands(platform), new TelegramOffsets(jdbc), longPoll,
                refresh, new PollingLeadership(databaseUrl, databaseUser, databasePassword));
    }
}
