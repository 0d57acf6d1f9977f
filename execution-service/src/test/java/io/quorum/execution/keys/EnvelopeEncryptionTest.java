package io.quorum.execution.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.UserId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class EnvelopeEncryptionTest {

    private static final byte[] SECRET = "s3cr3t-value-0123456789".getBytes(StandardCharsets.UTF_8);

    private final MasterKey oldMaster = MasterKey.fromBase64(MasterKey.generateBase64(), "test");
    private final MasterKey newMaster = MasterKey.fromBase64(MasterKey.generateBase64(), "test");
    private final DataKeyCipher cipher = new DataKeyCipher(new MasterKeyRing(oldMaster, List.of()));
    private final UserId alice = UserId.random();
    private final UserId bob = UserId.random();

    @Test
    void aSealedSecretOpensWithTheUnwrappedDataKeyOfItsUser() {
        SecretKey dataKey = cipher.newDataKey();
        DataKeyCipher.Wrapped wrapped = cipher.wrap(alice, dataKey);
        byte[] sealed = cipher.seal(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_SECRET, SECRET);

        SecretKey unwrapped = cipher.unwrap(alice, wrapped);

        assertThat(wrapped.masterKeyId()).isEqualTo(oldMaster.id());
        assertThat(cipher.open(unwrapped, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_SECRET, sealed)).isEqualTo(SECRET);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("s3cr3t");
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentBlobs() {
        SecretKey dataKey = cipher.newDataKey();

        assertThat(cipher.seal(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_KEY, SECRET))
                .isNotEqualTo(cipher.seal(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_KEY, SECRET));
    }

    @Test
    void aTamperedBlobDoesNotOpen() {
        SecretKey dataKey = cipher.newDataKey();
        byte[] sealed = cipher.seal(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_SECRET, SECRET);

        for (int i = 1; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_SECRET, tampered))
                    .as("byte %d flipped", i).isInstanceOf(SealedDataException.class);
        }
        byte[] truncated = java.util.Arrays.copyOf(sealed, sealed.length - 1);
        assertThatThrownBy(() -> cipher.open(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_SECRET, truncated))
                .isInstanceOf(SealedDataException.class);
    }

    @Test
    void aBlobMovedToAnotherUserVenueOrFieldDoesNotOpen() {
        SecretKey dataKey = cipher.newDataKey();
        byte[] sealed = cipher.seal(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_SECRET, SECRET);

        assertThatThrownBy(() -> cipher.open(dataKey, bob, KeyVenue.DEMO, DataKeyCipher.Field.API_SECRET, sealed))
                .isInstanceOf(SealedDataException.class).hasMessageContaining("authentication failed");
        assertThatThrownBy(() -> cipher.open(dataKey, alice, KeyVenue.MAINNET, DataKeyCipher.Field.API_SECRET, sealed))
                .isInstanceOf(SealedDataException.class);
        assertThatThrownBy(() -> cipher.open(dataKey, alice, KeyVenue.DEMO, DataKeyCipher.Field.API_KEY, sealed))
                .isInstanceOf(SealedDataException.class);
    }

    @Test
    void aWrappedDataKeyMovedToAnotherUserDoesNotUnwrap() {
        DataKeyCipher.Wrapped alicesKey = cipher.wrap(alice, cipher.newDataKey());

        assertThatThrownBy(() -> cipher.unwrap(bob, alicesKey)).isInstanceOf(SealedDataException.class);
    }

    @Test
    void aDataKeyWrappedByAnUnconfiguredMasterKeyFailsNamingThatKey() {
        DataKeyCipher.Wrapped wrapped = cipher.wrap(alice, cipher.newDataKey());
        DataKeyCipher other = new DataKeyCipher(new MasterKeyRing(newMaster, List.of()));

        assertThatThrownBy(() -> other.unwrap(alice, wrapped))
                .isInstanceOf(SealedDataException.class)
                .hasMessageContaining(oldMaster.id()).hasMessageContaining("not configured");
    }

    @Test
    void aDataKeyClaimingTheWrongMasterKeyDoesNotUnwrap() {
        DataKeyCipher.Wrapped wrapped = cipher.wrap(alice, cipher.newDataKey());
        DataKeyCipher both = new DataKeyCipher(new MasterKeyRing(newMaster, List.of(oldMaster)));

        assertThatThrownBy(() -> both.unwrap(alice, new DataKeyCipher.Wrapped(newMaster.id(), wrapped.blob())))
                .isInstanceOf(SealedDataException.class).hasMessageContaining("authentication failed");
    }

    @Test
    void rotationRewrapsTheDataKeySoEverythingItSealedStillOpensUnderTheNewMasterKeyAlone() {
        SecretKey dataKey = cipher.newDataKey();
        DataKeyCipher.Wrapped underOld = cipher.wrap(alice, dataKey);
        byte[] sealed = cipher.seal(dataKey, alice, KeyVenue.TESTNET, DataKeyCipher.Field.API_KEY, SECRET);
        DataKeyCipher rotating = new DataKeyCipher(new MasterKeyRing(newMaster, List.of(oldMaster)));

        DataKeyCipher.Wrapped underNew = rotating.rewrap(alice, underOld);
        DataKeyCipher afterRetirement = new DataKeyCipher(new MasterKeyRing(newMaster, List.of()));

        assertThat(underNew.masterKeyId()).isEqualTo(newMaster.id());
        assertThat(rotating.ring().retiredIds()).containsExactly(oldMaster.id());
        SecretKey opened = afterRetirement.unwrap(alice, underNew);
        assertThat(afterRetirement.open(opened, alice, KeyVenue.TESTNET, DataKeyCipher.Field.API_KEY, sealed)).isEqualTo(SECRET);
    }

    @Test
    void theFingerprintIsShortStableForOneUserAndUnrelatedAcrossUsers() {
        SecretKey alicesKey = cipher.newDataKey();
        SecretKey bobsKey = cipher.newDataKey();
        byte[] key = "APIKEY123456".getBytes(StandardCharsets.UTF_8);

        String fingerprint = cipher.fingerprint(alicesKey, key, SECRET);

        assertThat(fingerprint).hasSize(12).matches("[0-9a-f]+");
        assertThat(cipher.fingerprint(alicesKey, key, SECRET)).isEqualTo(fingerprint);
        assertThat(cipher.fingerprint(alicesKey, key, "another-secret".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(fingerprint);
        assertThat(cipher.fingerprint(bobsKey, key, SECRET)).isNotEqualTo(fingerprint);
    }
}
