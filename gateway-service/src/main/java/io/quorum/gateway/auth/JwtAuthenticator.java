package io.quorum.gateway.auth;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.quorum.contracts.ids.UserId;
import java.text.ParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Authenticates a JWT without asking anyone per request: the platform's own access tokens (the registry's key,
 * {@code sub} is the user id), and, when configured, an external OpenID Connect issuer's (its subject mapped to a
 * Quorum user by the registry). Which one is read from the unverified {@code iss}, then everything is verified
 * against that issuer only. Nothing logged here contains the token.
 */
public final class JwtAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(JwtAuthenticator.class);

    private final TrustedIssuer platform;
    private final Optional<TrustedIssuer> external;
    private final ExternalUsers externalUsers;
    private final String nameClaim;

    JwtAuthenticator(TrustedIssuer platform, Optional<TrustedIssuer> external, ExternalUsers externalUsers,
                     String nameClaim) {
        this.platform = platform;
        this.external = external;
        this.externalUsers = externalUsers;
        this.nameClaim = nameClaim;
    }

    /** Whether a bearer token is a JWT (three dot-separated parts) rather than an opaque API token. */
    public static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    public Mono<Resolution> authenticate(String token) {
        JWT parsed;
        String issuer;
        try {
            parsed = JWTParser.parse(token);
            issuer = parsed.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return rejected("not a readable JWT");
        }
        if (!(parsed instanceof SignedJWT signed)) {
            return rejected("an unsigned or encrypted JWT"); // alg "none" lands here
        }
        if (platform.issuer().equals(issuer)) {
            return platform.verify(signed).flatMap(verification -> switch (verification) {
                case TrustedIssuer.Verification.Invalid invalid -> rejected(invalid.reason());
                case TrustedIssuer.Verification.Verified verified -> platformUser(verified.claims());
            }).onErrorResume(e -> unavailable("the platform's keys", e));
        }
        if (external.isPresent() && external.get().issuer().equals(issuer)) {
            return external.get().verify(signed)
                    .onErrorResume(e -> Mono.error(new KeysUnavailable(e)))
                    .flatMap(verification -> switch (verification) {
                        case TrustedIssuer.Verification.Invalid invalid -> rejected(invalid.reason());
                        case TrustedIssuer.Verification.Verified verified -> externalUser(verified.claims());
                    })
                    .onErrorResume(e -> e instanceof KeysUnavailable
                            ? unavailable("the external issuer's keys", e.getCause())
                            : unavailable("the registry", e));
        }
        return rejected("an issuer this gateway does not trust");
    }

    private Mono<Resolution> platformUser(JWTClaimsSet claims) {
        try {
            return Mono.just(new Resolution.Authenticated(UserId.of(claims.getSubject())));
        } catch (IllegalArgumentException e) {
            return rejected("its subject is not a user id");
        }
    }

    private Mono<Resolution> externalUser(JWTClaimsSet claims) {
        String name;
        try {
            name = claims.getStringClaim(nameClaim);
        } catch (ParseException e) {
            name = null;
        }
        return externalUsers.userOf(claims.getIssuer(), claims.getSubject(), name)
                .map(Resolution.Authenticated::new);
    }

    private static Mono<Resolution> rejected(String reason) {
        log.debug("a JWT was refused: {}", reason);
        return Mono.just(new Resolution.Rejected());
    }

    private static Mono<Resolution> unavailable(String what, Throwable e) {
        log.warn("could not check a JWT: {} could not be had: {}", what, e.toString());
        return Mono.just(new Resolution.Unavailable(what + " could not be had"));
    }

    private static final class KeysUnavailable extends RuntimeException {
        KeysUnavailable(Throwable cause) {
            super(cause);
        }
    }
}
