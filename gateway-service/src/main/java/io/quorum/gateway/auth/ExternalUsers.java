package io.quorum.gateway.auth;

import io.quorum.contracts.ids.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The Quorum user of an external issuer's subject, asked of the registry ({@code POST /internal/auth/external},
 * which creates the user on first sight). A link never changes, so answers are kept; the map is bounded.
 */
final class ExternalUsers {

    record Subject(String issuer, String subject, String name) {
    }

    private record Answer(String userId) {
    }

    private final WebClient registry;
    private final Duration timeout;
    private final int maxSize;
    private final Map<String, UserId> known = new ConcurrentHashMap<>();

    ExternalUsers(WebClient registry, Duration timeout, int maxSize) {
        this.registry = registry;
        this.timeout = timeout;
        this.maxSize = maxSize;
    }

    /** Errors when the registry cannot answer. */
    Mono<UserId> userOf(String issuer, String subject, String name) {
        String key = issuer + '\n' + subject;
        Optional<UserId> kept = Optional.ofNullable(known.get(key));
        if (kept.isPresent()) {
            return Mono.just(kept.get());
        }
        return registry.post().uri("/internal/auth/external")
                .bodyValue(new Subject(issuer, subject, name))
                .retrieve().bodyToMono(Answer.class)
                .timeout(timeout)
                .map(answer -> {
                    UserId user = UserId.of(answer.userId());
                    if (known.size() >= maxSize) {
                        known.clear(); // forgetting costs one more question to the registry
                    }
                    known.put(key, user);
                    return user;
                });
    }
}
