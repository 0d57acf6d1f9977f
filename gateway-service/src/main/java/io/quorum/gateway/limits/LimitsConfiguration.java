package io.quorum.gateway.limits;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the rate and body-size limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitSettings.class)
class LimitsConfiguration {

    @Bean
    RequestRates requestRates(LimitSettings settings) {
        return new RequestRates(Clock.systemUTC(), settings.requestsPerMinute(), settings.burst(), settings.maxCallers());
    }

    @Bean
    RateLimiting rateLimiting(RequestRates rates) {
        return new RateLimiting(rates);
    }

    @Bean
    BodySizeLimit bodySizeLimit(LimitSettings settings) {
        return new BodySizeLimit(settings);
    }
}
