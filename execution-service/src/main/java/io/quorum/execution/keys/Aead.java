package io.quorum.execution.keys;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM as Quorum stores it: {@code version (1 byte) | nonce (12 bytes) | ciphertext and tag (16 bytes)}.
 * Every encryption draws a fresh random nonce — with at most a handful of encryptions per data key, far from the
 * 2³² a random 96-bit nonce allows. The associated data is authenticated, not stored: a blob opens only under
 * the same associated data it was sealed with.
 */
final class Aead {

    static final int KEY_BITS = 256;
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Aead() {
    }

    static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BITS, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate AES keys", e);
        }
    }

    static byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The plaintext, or {@link SealedDataException} when the blob, the key or the associated data is not the sealed one. */
    static byte[] open(SecretKey key, byte[] blob, byte[] associatedData) {
        if (blob.length < 1 + NONCE_BYTES + TAG_BITS / 8 || blob[0] != VERSION) {
            throw new SealedDataException("not a Quorum AES-GCM blob (version " + (blob.length == 0 ? "none" : blob[0]) + ")");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, blob, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(blob, 1 + NONCE_BYTES, blob.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealedDataException("authentication failed: the data was altered, belongs to another user or "
                    + "purpose, or the key is not the one it was sealed with");
        } catch (GeneralSecurityException e) {
            throw new SealedDataException("AES-GCM decryption failed: " + e.getClass().getSimpleName());
        }
    }
}
