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
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final List<ECKey> previous;

    private SigningKey(ECKey key, List<ECKey> previous) {
        this.key = key;
        this.previous = List.copyOf(previous);
        Set<String> keyIds = new HashSet<>();
        keyIds.add(key.getKeyID());
        for (ECKey other : previous) {
            if (!keyIds.add(other.getKeyID())) {
                throw new IllegalStateException("the JWT keys must have distinct key ids (\"kid\"): "
                        + other.getKeyID() + " is there twice");
            }
        }
    }

    /** The configured key (inline, else the file), or a new one for this process only; with the previous keys. */
    public static SigningKey from(JwtSettings settings) {
        List<ECKey> previous = previousKeys(settings);
        if (settings.signingKey() != null && !settings.signingKey().isBlank()) {
            return new SigningKey(parse(settings.signingKey(), "quorum.auth.jwt.signing-key"), previous);
        }
        if (settings.signingKeyFile() != null) {
            return new SigningKey(parse(read(settings.signingKeyFile()), "the file " + settings.signingKeyFile()),
                    previous);
        }
        log.warn("no JWT signing key configured (quorum.auth.jwt.signing-key or signing-key-file): using one generated "
                + "for this process; access tokens it signs stop working when the registry restarts");
        return new SigningKey(parse(generateJson(), "a generated key"), previous);
    }

    /** The keys published beside the signing key (a JWK set or one JWK, private or public): their public halves. */
    private static List<ECKey> previousKeys(JwtSettings settings) {
        String json;
        String source;
        if (settings.previousKeys() != null && !settings.previousKeys().isBlank()) {
            json = settings.previousKeys();
            source = "quorum.auth.jwt.previous-keys";
        } else if (settings.previousKeysFile() != null) {
            json = read(settings.previousKeysFile());
            source = "the file " + settings.previousKeysFile();
        } else {
            return List.of();
        }
        List<JWK> keys;
        try {
            String trimmed = json.strip();
            keys = trimmed.contains("\"keys\"") ? JWKSet.parse(trimmed).getKeys() : List.of(JWK.parse(trimmed));
        } catch (ParseException e) {
            // the message names the source, never the key material
            throw new IllegalStateException("the previous JWT keys in " + source + " are neither a JWK set nor a JWK", e);
        }
        List<ECKey> previous = new ArrayList<>();
        for (JWK jwk : keys) {
            if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || ec.getKeyID() == null) {
                throw new IllegalStateException("every previous JWT key in " + source
                        + " must be a P-256 EC JWK with a key id (\"kid\")");
            }
            previous.add(ec.toPublicJWK());
        }
        return previous;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT key file " + file, e);
        }
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

    private static ECKey parse(String json, String source) {
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
        return ec;
    }

    ECKey privateKey() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /**
     * The public key set the gateway verifies tokens with: the signing key first, then the previous keys; never a
     * private part.
     */
    public JWKSet publicKeys() {
        List<JWK> published = new ArrayList<>();
        published.add(key.toPublicJWK());
        published.addAll(previous);
        return new JWKSet(published);
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + key.getKeyID() + ", previous="
                + previous.stream().map(ECKey::getKeyID).toList() + "]";
    }
}
