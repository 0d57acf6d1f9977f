package io.quorum.gateway.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's access tokens as the gateway checks them: the issuer and audience the registry signs them with
 * ({@code quorum.auth.jwt.*} there), how long the registry's public keys are kept, and how often at most an unknown
 * key id makes the gateway ask for them again.
 */
@ConfigurationProperties("quorum.gateway.jwt")
public record JwtSettings(@DefaultValue("quorum") String issuer,
                          @DefaultValue("quorum-api") String audience,
                          @DefaultValue("PT5M") Duration keysTtl,
                          @DefaultValue("PT10S") Duration keysRefreshInterval) {
}
