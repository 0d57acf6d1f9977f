package io.quorum.registry.stats;

import io.quorum.registry.platform.ProcessedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the bots' stats. */
@Configuration(proxyBeanMethods = false)
class StatsConfiguration {

    @Bean
    BotResults botResults(JdbcClient jdbc, ProcessedEvents processedEvents) {
        return new BotResults(jdbc, processedEvents);
    }

    @Bean
    PositionsListener positionsListener(BotResults results) {
        return new PositionsListener(results);
    }
}
