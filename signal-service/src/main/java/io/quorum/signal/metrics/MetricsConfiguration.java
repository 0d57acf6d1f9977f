package io.quorum.signal.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** This service's own meters; Kafka's client metrics (consumer lag) come from Spring Boot's auto-configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmPrices.class)
public class MetricsConfiguration {

    @Bean
    SignalMetrics signalMetrics(MeterRegistry registry, LlmPrices prices) {
        return new SignalMetrics(registry, prices);
    }

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc) {
        return new OutboxBacklog(jdbc);
    }
}
