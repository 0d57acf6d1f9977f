package io.quorum.gateway.auth;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires authentication. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewaySettings.class, ServiceUrls.class})
class AuthConfiguration {

    @Bean
    ResolvedTokens resolvedTokens(GatewaySettings settings) {
        return new ResolvedTokens(Clock.systemUTC(), settings.tokenCacheTtl(), settings.tokenCacheSize());
    }

    @Bean
    RegistryTokenResolver registryTokenResolver(ServiceUrls services, GatewaySettings settings, ResolvedTokens cache) {
        return new RegistryTokenResolver(WebClient.builder(), services, settings, cache);
    }

    @Bean
    BearerAuthentication bearerAuthentication(RegistryTokenResolver resolver, GatewaySettings settings) {
        return new BearerAuthentication(resolver, settings);
    }
}
