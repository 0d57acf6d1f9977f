package io.quorum.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.quorum.contracts.ids.UserId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's side of a key rotation: it signs with the current key and publishes the previous ones too. */
class SigningKeyRotationTest {

    private static final String CURRENT = SigningKey.generateJson();
    private static final String PREVIOUS = SigningKey.generateJson();
    private static final String OLDER = SigningKey.generateJson();

    private static JwtSettings settings(String signingKey, String previousKeys, Path previousKeysFile) {
        return new JwtSettings("quorum", "quorum-api", Duration.ofMinutes(15), signingKey, null, previousKeys,
                previousKeysFile);
    }

    private static String kid(String json) throws Exception {
        return JWK.parse(json).getKeyID();
    }

    @Test
    void itSignsWithTheCurrentKeyAndPublishesThePreviousOnesWithoutTheirPrivateParts() throws Exception {
        String previousSet = "{\"keys\":[" + PREVIOUS + "," + JWK.parse(OLDER).toPublicJWK().toJSONString() + "]}";
        SigningKey key = SigningKey.from(settings(CURRENT, previousSet, null));

        JWKSet published = key.publicKeys();

        assertThat(published.getKeys()).extracting(JWK::getKeyID).containsExactly(kid(CURRENT), kid(PREVIOUS), kid(OLDER));
        assertThat(published.getKeys()).noneMatch(JWK::isPrivate);
        assertThat(published.toString()).doesNotContain("\"d\"");

        SignedJWT token = SignedJWT.parse(new AccessTokens(key, settings(CURRENT, previousSet, null), Clock.systemUTC())
                .issue(UserId.random()).token());
        assertThat(token.getHeader().getKeyID()).isEqualTo(kid(CURRENT));
        assertThat(token.verify(new ECDSAVerifier((ECKey) published.getKeyByKeyId(kid(CURRENT))))).isTrue();
        // a token the previous key signed before the rotation verifies with what is published now
        SignedJWT before = SignedJWT.parse(new AccessTokens(SigningKey.from(settings(PREVIOUS, null, null)),
                settings(PREVIOUS, null, null), Clock.systemUTC()).issue(UserId.random()).token());
        assertThat(before.verify(new ECDSAVerifier((ECKey) published.getKeyByKeyId(before.getHeader().getKeyID()))))
                .isTrue();
    }

    @Test
    void thePreviousKeysMayComeFromAFileAndAsOneJwk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("previous.json");
        Files.writeString(file, PREVIOUS);

        assertThat(SigningKey.from(settings(CURRENT, null, file)).publicKeys().getKeys())
                .extracting(JWK::getKeyID).containsExactly(kid(CURRENT), kid(PREVIOUS));
        assertThat(SigningKey.from(settings(CURRENT, null, null)).publicKeys().getKeys())
                .extracting(JWK::getKeyID).containsExactly(kid(CURRENT));
    }

    @Test
    void badPreviousKeysStopTheStartWithoutShowingThem() {
        assertThatThrownBy(() -> SigningKey.from(settings(CURRENT, "{\"keys\":[" + CURRENT + "]}", null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("distinct key ids");
        String garbage = "{\"kty\":\"EC\",\"d\":\"secret-material\"";
        assertThatThrownBy(() -> SigningKey.from(settings(CURRENT, garbage, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("secret-material");
        String rsa = "{\"kty\":\"oct\",\"kid\":\"k\",\"k\":\"c2VjcmV0\"}";
        assertThatThrownBy(() -> SigningKey.from(settings(CURRENT, rsa, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P-256");
    }
}
