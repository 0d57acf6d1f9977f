package io.quorum.registry.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.ParseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's ES256 key pair: the private half signs access tokens, the public half is served to the gateway as
 * a JWK set. Kept as a JWK in JSON, the form {@link #generateJson()} writes.
 */
public final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final ECKey key;

    private SigningKey(ECKey key) {
        this.key = key;
    }

    /** The configured key (inline, else the file), or a new one for this process only. */
    public static SigningKey from(JwtSettings settings) {
        if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
            return parse(settings.signingKey(), "quorum.auth.jwt.signing-key");
        }
        if (settings.signingKeyFile() != null) {
            try {
                return parse(Files.readString(settings.signingKeyFile(), StandardCharsets.UTF_8),
                        "the file " + settings.signingKeyFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the JWT signing key file " + settings.signingKeyFile(), e);
            }
        }
        log.warn("no JWT signing key configured (quorum.auth.jwt.signing-key or signing-key-file): using one generated "
                + "for this process; access tokens it signs stop working when the registry restarts");
        return parse(generateJson(), "a generated key");
    }

    /** A new P-256 key with a random key id, as JWK JSON including the private part: for a key file or a secret. */
    public static String generateJson() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate()
                    .toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    private static SigningKey parse(String json, String source) {
        JWK jwk;
        try {
            jwk = JWK.parse(json.strip());
        } catch (ParseException e) {
            // the message names the source, never the key material
            throw new IllegalStateException("the JWT signing key in " + source + " is not a JWK", e);
        }
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !ec.isPrivate() || ec.getKeyID() == null) {
            throw new IllegalStateException("the JWT signing key in " + source
                    + " must be a private P-256 EC JWK with a key id (\"kid\")");
        }
        return new SigningKey(ec);
    }

    ECKey privateKey() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public key set the gateway verifies tokens with; never the private part. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + key.getKeyID() + "]";
    }
}
