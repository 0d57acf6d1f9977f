package io.quorum.grid.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** This service's own meters; Kafka's client metrics (consumer lag) come from Spring Boot's auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    GridMetrics gridMetrics(MeterRegistry registry, JdbcClient jdbc) {
        return new GridMetrics(registry, jdbc);
    }

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc) {
        return new OutboxBacklog(jdbc);
    }
}
