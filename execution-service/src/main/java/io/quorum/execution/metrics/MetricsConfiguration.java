package io.quorum.execution.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** This service's own meters; Kafka's client metrics (consumer lag) come from Spring Boot's auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    ExecutionMetrics executionMetrics(MeterRegistry registry, @Value("${quorum.execution.venue:paper}") String venue) {
        return new ExecutionMetrics(registry, venue);
    }

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc) {
        return new OutboxBacklog(jdbc);
    }
}
