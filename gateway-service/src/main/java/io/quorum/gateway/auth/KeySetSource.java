package io.quorum.gateway.auth;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An issuer's public keys (a JWK set), fetched over HTTP and kept for a while. A token signed with a key id the
 * kept set does not have makes it ask again, but at most once per refresh interval, so forged key ids cannot make
 * the gateway hammer the issuer.
 */
final class KeySetSource {

    private record Fetched(JWKSet keys, Instant at) {
    }

    private final WebClient client;
    private final Supplier<Mono<URI>> location;
    private final Clock clock;
    private final Duration ttl;
    private final Duration refreshInterval;
    private final Duration timeout;
    private final AtomicReference<Fetched> kept = new AtomicReference<>();

    KeySetSource(WebClient client, Supplier<Mono<URI>> location, Clock clock, Duration ttl, Duration refreshInterval,
                 Duration timeout) {
        this.client = client;
        this.location = location;
        this.clock = clock;
        this.ttl = ttl;
        this.refreshInterval = refreshInterval;
        this.timeout = timeout;
    }

    /** The keys, fetched if none are kept or the kept ones are older than the TTL. */
    Mono<JWKSet> keys() {
        Fetched fetched = kept.get();
        if (fetched != null && clock.instant().isBefore(fetched.at().plus(ttl))) {
            return Mono.just(fetched.keys());
        }
        return fetch();
    }

    /** The keys including {@code keyId} if the issuer has it now; asks again unless it asked a moment ago. */
    Mono<JWKSet> keysWith(String keyId) {
        return keys().flatMap(keys -> {
            if (keyId == null || keys.getKeyByKeyId(keyId) != null) {
                return Mono.just(keys);
            }
            Fetched fetched = kept.get();
            if (fetched != null && clock.instant().isBefore(fetched.at().plus(refreshInterval))) {
                return Mono.just(keys);
            }
            return fetch();
        });
    }

    private Mono<JWKSet> fetch() {
        return location.get()
                .flatMap(uri -> client.get().uri(uri).accept(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/jwk-set+json"))
                        .retrieve().bodyToMono(String.class))
                .timeout(timeout)
                .map(json -> {
                    try {
                        return JWKSet.parse(json);
                    } catch (ParseException e) {
                        throw new IllegalStateException("the issuer's key set is not a JWK set", e);
                    }
                })
                .doOnNext(keys -> kept.set(new Fetched(keys, clock.instant())));
    }
}
