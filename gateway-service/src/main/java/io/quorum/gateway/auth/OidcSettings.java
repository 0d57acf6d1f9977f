package io.quorum.gateway.auth;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An external OpenID Connect issuer whose access tokens the gateway accepts too; off unless {@code issuer-uri} is
 * set. Its keys are found through discovery ({@code <issuer-uri>/.well-known/openid-configuration} → {@code jwks_uri});
 * its tokens must name {@code audience} in {@code aud}. A subject ({@code sub}) becomes a Quorum user on first
 * sight, named after {@code name-claim}.
 */
@ConfigurationProperties("quorum.gateway.oidc")
public record OidcSettings(URI issuerUri,
                           String audience,
                           @DefaultValue("name") String nameClaim) {

    public OidcSettings {
        if (issuerUri != null && !issuerUri.toString().isBlank() && (audience == null || audience.isBlank())) {
            throw new IllegalArgumentException("quorum.gateway.oidc.audience must be set with quorum.gateway.oidc.issuer-uri");
        }
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.toString().isBlank();
    }

    /** The issuer exactly as its tokens' {@code iss} carries it: the configured URI without a trailing slash. */
    public String issuer() {
        String text = issuerUri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
