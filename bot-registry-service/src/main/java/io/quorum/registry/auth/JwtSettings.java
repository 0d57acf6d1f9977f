package io.quorum.registry.auth;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's access tokens: who signs them ({@code iss}), for whom ({@code aud}, the gateway checks both), how
 * long they last, and the ES256 signing key — a JWK (JSON) given inline ({@code QUORUM_AUTH_JWT_SIGNINGKEY}) or in
 * a file. With neither, a key is generated at start-up and lives as long as the process. {@code previous-keys}
 * ({@code QUORUM_AUTH_JWT_PREVIOUSKEYS}) or {@code previous-keys-file}: further P-256 keys, a JWK set
 * ({@code {"keys":[…]}}) or one JWK, published beside the signing key but never used to sign — the keys of a
 * rotation's overlap, so tokens they signed keep working until they expire.
 */
@ConfigurationProperties("quorum.auth.jwt")
public record JwtSettings(@DefaultValue("quorum") String issuer,
                          @DefaultValue("quorum-api") String audience,
                          @DefaultValue("PT15M") Duration ttl,
                          String signingKey,
                          Path signingKeyFile,
                          String previousKeys,
                          Path previousKeysFile) {

    public JwtSettings {
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("quorum.auth.jwt.issuer and audience must be set");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("quorum.auth.jwt.ttl must be positive");
        }
    }
}
