package io.quorum.gateway.auth;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Asks the registry whose token this is ({@code POST /internal/auth/resolve}), remembering positive answers briefly. */
public class RegistryTokenResolver {

    private static final Logger log = LoggerFactory.getLogger(RegistryTokenResolver.class);

    record ResolvedUser(UserId userId) {
    }

    private final WebClient registry;
    private final ResolvedTokens cache;
    private final Duration timeout;

    public RegistryTokenResolver(WebClient.Builder builder, ServiceUrls services, GatewaySettings settings,
                                 ResolvedTokens cache) {
        this.registry = builder.baseUrl(services.registryUrl().toString())
                .defaultHeader(GatewayHeaders.SECRET, settings.secret())
                .build();
        this.cache = cache;
        this.timeout = settings.resolveTimeout();
    }

    public Mono<Resolution> resolve(String token) {
        Optional<UserId> known = cache.find(token);
        if (known.isPresent()) {
            return Mono.just(new Resolution.Authenticated(known.get()));
        }
        return registry.post().uri("/internal/auth/resolve")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(ResolvedUser.class).map(resolved -> {
                            cache.remember(token, resolved.userId());
                            return (Resolution) new Resolution.Authenticated(resolved.userId());
                        });
                    }
                    Resolution answer = response.statusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)
                            ? new Resolution.Rejected()
                            : new Resolution.Unavailable("the registry answered " + response.statusCode().value());
                    return response.releaseBody().thenReturn(answer);
                })
                .timeout(timeout)
                .onErrorResume(e -> {
                    log.warn("could not resolve a token at the registry: {}", e.toString());
                    return Mono.just(new Resolution.Unavailable("the registry did not answer"));
                });
    }
}
