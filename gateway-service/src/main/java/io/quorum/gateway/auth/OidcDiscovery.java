package io.quorum.gateway.auth;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an OpenID Connect issuer publishes its keys: read once from its discovery document, which must name the
 * configured issuer exactly (OpenID Connect Discovery §4.3). Asked on first use, so the gateway starts while the
 * issuer is down; a failed attempt is tried again on the next token.
 */
final class OidcDiscovery {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebClient client;
    private final String issuer;
    private final Duration timeout;
    private final AtomicReference<URI> jwksUri = new AtomicReference<>();

    OidcDiscovery(WebClient client, String issuer, Duration timeout) {
        this.client = client;
        this.issuer = issuer;
        this.timeout = timeout;
    }

    Mono<URI> jwksUri() {
        URI known = jwksUri.get();
        if (known != null) {
            return Mono.just(known);
        }
        return client.get().uri(URI.create(issuer + "/.well-known/openid-configuration"))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve().bodyToMono(String.class)
                .timeout(timeout)
                .map(text -> {
                    JsonNode document = JSON.readTree(text);
                    if (!issuer.equals(document.path("issuer").asString(null))) {
                        throw new IllegalStateException("the discovery document of " + issuer + " names another issuer");
                    }
                    String uri = document.path("jwks_uri").asString(null);
                    if (uri == null || uri.isBlank()) {
                        throw new IllegalStateException("the discovery document of " + issuer + " has no jwks_uri");
                    }
                    URI found = URI.create(uri);
                    jwksUri.set(found);
                    return found;
                });
    }
}
