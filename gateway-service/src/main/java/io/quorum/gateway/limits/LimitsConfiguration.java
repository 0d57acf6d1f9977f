package io.quorum.gateway.limits;

import java.time.Clock;
import java.time.Duration;
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
    RateLimiting rateLimiting(RequestRates rates, LimitSettings settings) {
        RequestRates signUps = new RequestRates(Clock.systemUTC(), Duration.ofHours(1), settings.signUpsPerHour(),
                settings.signUpBurst(), settings.maxCallers());
        return new RateLimiting(rates, signUps);
    }

    @Bean
    BodySizeLimit bodySizeLimit(LimitSettings settings) {
        return new BodySizeLimit(settings);
    }
}
