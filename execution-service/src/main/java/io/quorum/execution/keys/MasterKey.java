package io.quorum.execution.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A master key: wraps users' data keys, never anything else. Its id is derived from the key itself (the first
 * 8 bytes of a SHA-256 over a domain prefix and the key), so two different keys can never be configured under
 * one id, and a wrapped data key records which master key can open it. The id reveals nothing usable about a
 * 256-bit random key.
 */
public final class MasterKey {

    private final String id;
    private final SecretKey key;

    private MasterKey(byte[] material) {
        this.key = new SecretKeySpec(material, "AES");
        this.id = idOf(material);
    }

    /** From base64 of 32 bytes; {@code source} names where it came from in the error, never the value. */
    public static MasterKey fromBase64(String base64, String source) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key from " + source + " is not valid base64");
        }
        try {
            return of(material, source);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    static MasterKey of(byte[] material, String source) {
        if (material.length != Aead.KEY_BITS / 8) {
            throw new IllegalArgumentException("the master key from " + source + " must be " + Aead.KEY_BITS / 8
                    + " bytes (256 bits), base64-encoded; it has " + material.length + " bytes");
        }
        return new MasterKey(material.clone());
    }

    /** A new random master key as base64: what the local launcher writes on its first start. */
    public static String generateBase64() {
        byte[] material = Aead.newKey().getEncoded();
        try {
            return Base64.getEncoder().encodeToString(material);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    public String id() {
        return id;
    }

    SecretKey key() {
        return key;
    }

    private static String idOf(byte[] material) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("quorum master key id v1:".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(material), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }
}
