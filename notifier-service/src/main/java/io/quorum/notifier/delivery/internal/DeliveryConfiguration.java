package io.quorum.notifier.delivery.internal;

import io.quorum.notifier.delivery.ChannelSender;
import io.quorum.notifier.delivery.Courier;
import io.quorum.notifier.delivery.Deliveries;
import io.quorum.notifier.metrics.NotifierMetrics;
import io.quorum.notifier.settings.ChannelSettingsStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/** Wires sending: the HTTP client with its timeouts, the two chat services, the courier and its worker. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    Clock deliveryClock() {
        return Clock.systemUTC();
    }

    @Bean
    RestClient chatClient(DeliverySettings settings) {
        // no redirects: a webhook that redirects is not a delivery
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(settings.readTimeout());
        return RestClient.builder().requestFactory(requests).build();
    }

    @Bean
    SlackSender slackSender(RestClient chatClient) {
        return new SlackSender(chatClient);
    }

    @Bean
    TelegramSender telegramSender(RestClient chatClient,
                                  @Value("${quorum.notifier.telegram.base-url:https://api.telegram.org}") String baseUrl) {
        return new TelegramSender(chatClient, baseUrl);
    }

    @Bean
    JdbcDeliveries deliveries(JdbcClient jdbc, PlatformTransactionManager transactions,
                              ObjectProvider<DeliveryWorker> worker) {
        // the worker needs the courier, which needs the deliveries: look the worker up only when waking it
        return new JdbcDeliveries(jdbc, new TransactionTemplate(transactions), channel -> worker.getObject().wakeUp(channel));
    }

    @Bean
    Courier courier(Deliveries deliveries, ChannelSettingsStore settings, List<ChannelSender> senders,
                    DeliverySettings delivery, Clock deliveryClock, NotifierMetrics metrics) {
        return new Courier(metrics.metered(deliveries), settings, senders.stream().map(metrics::metered).toList(),
                delivery.retryPolicy(), deliveryClock, delivery.lease(), delivery.batchSize(), delivery.maxPerMinute());
    }

    @Bean
    DeliveryWorker deliveryWorker(Courier courier, DeliverySettings settings) {
        return new DeliveryWorker(courier, settings.poll(), settings.batchSize());
    }
}
