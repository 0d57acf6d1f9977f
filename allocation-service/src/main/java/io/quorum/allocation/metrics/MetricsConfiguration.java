package io.quorum.allocation.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.allocation.intents.policy.IntentReview;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** This service's own meters; Kafka's client metrics (consumer lag) come from Spring Boot's auto-configuration. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    AllocationMetrics allocationMetrics(MeterRegistry registry, IntentReview review) {
        return new AllocationMetrics(registry, review.policyNames());
    }

    @Bean
    OutboxBacklog outboxBacklog(JdbcClient jdbc) {
        return new OutboxBacklog(jdbc);
    }
}
