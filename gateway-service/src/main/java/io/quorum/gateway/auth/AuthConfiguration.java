package io.quorum.gateway.auth;

import com.nimbusds.jose.JWSAlgorithm;
import io.quorum.contracts.http.GatewayHeaders;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Wires authentication. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewaySettings.class, ServiceUrls.class, JwtSettings.class, OidcSettings.class})
class AuthConfiguration {

    /** What an external issuer may sign with: asymmetric algorithms only. */
    private static final Set<JWSAlgorithm> EXTERNAL_ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    @Bean
    ResolvedTokens resolvedTokens(GatewaySettings settings) {
        return new ResolvedTokens(Clock.systemUTC(), settings.tokenCacheTtl(), settings.tokenCacheSize());
    }

    @Bean
    RegistryTokenResolver registryTokenResolver(ServiceUrls services, GatewaySettings settings, ResolvedTokens cache) {
        return new RegistryTokenResolver(WebClient.builder(), services, settings, cache);
    }

    @Bean
    JwtAuthenticator jwtAuthenticator(ServiceUrls services, GatewaySettings settings, JwtSettings jwt, OidcSettings oidc) {
        WebClient registry = WebClient.builder().baseUrl(services.registryUrl().toString())
                .defaultHeader(GatewayHeaders.SECRET, settings.secret())
                .build();
        URI platformKeys = URI.create(services.registryUrl().toString().replaceAll("/+$", "") + "/internal/auth/jwks");
        TrustedIssuer platform = new TrustedIssuer(jwt.issuer(), jwt.audience(), Set.of(JWSAlgorithm.ES256),
                new KeySetSource(registry, () -> Mono.just(platformKeys), Clock.systemUTC(), jwt.keysTtl(),
                        jwt.keysRefreshInterval(), settings.resolveTimeout()));
        Optional<TrustedIssuer> external = Optional.empty();
        if (oidc.enabled()) {
            // a plain client: the gateway secret is for Quorum's services only, never for an outside issuer
            WebClient outside = WebClient.builder().build();
            OidcDiscovery discovery = new OidcDiscovery(outside, oidc.issuer(), settings.resolveTimeout());
            external = Optional.of(new TrustedIssuer(oidc.issuer(), oidc.audience(), EXTERNAL_ALGORITHMS,
                    new KeySetSource(outside, discovery::jwksUri, Clock.systemUTC(), jwt.keysTtl(),
                            jwt.keysRefreshInterval(), settings.resolveTimeout())));
        }
        return new JwtAuthenticator(platform, external,
                new ExternalUsers(registry, settings.resolveTimeout(), settings.tokenCacheSize()), oidc.nameClaim());
    }

    @Bean
    BearerAuthentication bearerAuthentication(RegistryTokenResolver resolver, JwtAuthenticator jwts,
                                              GatewaySettings settings) {
        return new BearerAuthentication(resolver, jwts, settings);
    }
}
