package io.quorum.gateway.auth;

import io.quorum.contracts.ids.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens the registry recently confirmed, so not every request costs a round trip. Only positive
 * answers are kept, and only briefly: a token revoked at the registry stops working within the TTL.
 * Keys are the tokens' SHA-256, so the gateway's memory holds no usable token.
 */
public final class ResolvedTokens {

    private record Entry(UserId user, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final int maxSize;

    public ResolvedTokens(Clock clock, Duration ttl, int maxSize) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxSize = maxSize;
    }

    public Optional<UserId> find(String token) {
        String key = keyOf(token);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    public void remember(String token, UserId user) {
        if (entries.size() >= maxSize) {
            evictExpired();
            if (entries.size() >= maxSize) {
                // a flood of distinct tokens must not grow memory without bound; forgetting costs only a lookup
                entries.clear();
            }
        }
        entries.put(keyOf(token), new Entry(user, clock.instant().plus(ttl)));
    }

    int size() {
        return entries.size();
    }

    private void evictExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
    }

    private static String keyOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
