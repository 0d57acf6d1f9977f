package io.quorum.registry.auth;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the platform's access tokens. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtSettings.class)
class AuthConfiguration {

    @Bean
    SigningKey signingKey(JwtSettings settings) {
        return SigningKey.from(settings);
    }

    @Bean
    AccessTokens accessTokens(SigningKey key, JwtSettings settings, Clock clock) {
        return new AccessTokens(key, settings, clock);
    }
}
