package io.quorum.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * An issuer whose signed JWTs the gateway accepts: the signature must verify with one of its keys under an
 * algorithm it allows (never {@code none}, never a symmetric one), {@code iss} must be exactly it, {@code aud}
 * must name the audience, and {@code exp} must not have passed (30 s of clock skew).
 */
final class TrustedIssuer {

    static final int MAX_CLOCK_SKEW_SECONDS = 30;
    private static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "sub", "exp", "aud");

    /** What checking a token found. */
    sealed interface Verification {
        record Verified(JWTClaimsSet claims) implements Verification {
        }

        record Invalid(String reason) implements Verification {
        }
    }

    private final String issuer;
    private final String audience;
    private final Set<JWSAlgorithm> algorithms;
    private final KeySetSource keys;

    TrustedIssuer(String issuer, String audience, Set<JWSAlgorithm> algorithms, KeySetSource keys) {
        this.issuer = issuer;
        this.audience = audience;
        this.algorithms = Set.copyOf(algorithms);
        this.keys = keys;
    }

    String issuer() {
        return issuer;
    }

    /** Errors only when the keys cannot be had; a bad token is {@link Verification.Invalid}. */
    Mono<Verification> verify(SignedJWT jwt) {
        if (!algorithms.contains(jwt.getHeader().getAlgorithm())) {
            return Mono.just(new Verification.Invalid("algorithm " + jwt.getHeader().getAlgorithm() + " is not accepted"));
        }
        return keys.keysWith(jwt.getHeader().getKeyID()).map(keySet -> {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                    new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"), null));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, new ImmutableJWKSet<>(keySet)));
            DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                    new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED_CLAIMS);
            claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
            processor.setJWTClaimsSetVerifier(claims);
            try {
                return new Verification.Verified(processor.process(jwt, null));
            } catch (BadJOSEException | JOSEException e) {
                return new Verification.Invalid(e.getMessage());
            }
        });
    }
}
