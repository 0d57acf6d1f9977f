package io.quorum.gateway.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway authenticates: the secret it shows the services, how long it waits for the
 * registry to resolve a token, and how long a resolved token is trusted without asking again.
 */
@ConfigurationProperties("quorum.gateway")
public record GatewaySettings(@DefaultValue("local-dev-gateway-secret") String secret,
                              @DefaultValue("PT3S") Duration resolveTimeout,
                              @DefaultValue("PT5S") Duration tokenCacheTtl,
                              @DefaultValue("10000") int tokenCacheSize) {

    public GatewaySettings {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("quorum.gateway.secret must be set");
        }
    }
}
