package io.quorum.execution.keys;

import io.quorum.contracts.ids.UserId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of a user's key sets: each user has one random data key, stored only wrapped (AES-GCM) by
 * a master key; the data key seals the user's API key and secret. The associated data binds every blob to its
 * user and purpose — a wrapped data key to its user and master key, a sealed value to its user, venue and field —
 * so a blob copied to another user's row, another venue or the other field does not open.
 */
final class DataKeyCipher {

    /** A data key as stored: the id of the master key that wrapped it, and the wrapped bytes. */
    record Wrapped(String masterKeyId, byte[] blob) {
    }

    /** What a sealed value is: the API key or its secret. */
    enum Field {
        API_KEY, API_SECRET
    }

    private final MasterKeyRing ring;

    DataKeyCipher(MasterKeyRing ring) {
        this.ring = ring;
    }

    MasterKeyRing ring() {
        return ring;
    }

    SecretKey newDataKey() {
        return Aead.newKey();
    }

    Wrapped wrap(UserId user, SecretKey dataKey) {
        MasterKey master = ring.current();
        byte[] material = dataKey.getEncoded();
        try {
            return new Wrapped(master.id(), Aead.seal(master.key(), material, wrappingContext(user, master.id())));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    SecretKey unwrap(UserId user, Wrapped wrapped) {
        MasterKey master = ring.byId(wrapped.masterKeyId()).orElseThrow(() -> new SealedDataException(
                "the data key of user " + user + " was wrapped by master key " + wrapped.masterKeyId()
                        + ", which is not configured (neither quorum.keys current nor retired)"));
        byte[] material = Aead.open(master.key(), wrapped.blob(), wrappingContext(user, master.id()));
        try {
            return new SecretKeySpec(material, "AES");
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** The same data key, wrapped by the current master key instead of the one that wrapped it. */
    Wrapped rewrap(UserId user, Wrapped wrapped) {
        return wrap(user, unwrap(user, wrapped));
    }

    byte[] seal(SecretKey dataKey, UserId user, KeyVenue venue, Field field, byte[] plaintext) {
        return Aead.seal(dataKey, plaintext, valueContext(user, venue, field));
    }

    byte[] open(SecretKey dataKey, UserId user, KeyVenue venue, Field field, byte[] blob) {
        return Aead.open(dataKey, blob, valueContext(user, venue, field));
    }

    /**
     * A short fingerprint of a key set, so a user can tell whether the stored set changed: an HMAC keyed by the
     * user's own data key, so nobody without it can test guesses against the fingerprint.
     */
    String fingerprint(SecretKey dataKey, byte[] apiKey, byte[] apiSecret) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(dataKey);
            byte[] fingerprintKey = derive.doFinal("quorum key set fingerprint v1".getBytes(StandardCharsets.US_ASCII));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
            Arrays.fill(fingerprintKey, (byte) 0);
            mac.update(apiKey);
            mac.update((byte) 0);
            mac.update(apiSecret);
            return HexFormat.of().formatHex(mac.doFinal(), 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static byte[] wrappingContext(UserId user, String masterKeyId) {
        return ("quorum:data-key:v1:" + user + ":" + masterKeyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] valueContext(UserId user, KeyVenue venue, Field field) {
        return ("quorum:bybit-key-set:v1:" + user + ":" + venue + ":" + field).getBytes(StandardCharsets.US_ASCII);
    }
}
