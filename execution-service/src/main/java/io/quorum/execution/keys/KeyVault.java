package io.quorum.execution.keys;

import io.quorum.contracts.ids.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users' Bybit key sets: sealed with the user's data key when stored, opened only for the venue client. The
 * user's data-key row is locked first in every writing transaction, so a store, a delete and the rotation's
 * re-wrap of the same user queue up instead of racing.
 */
class KeyVault implements UserApiKeys {

    private final DataKeys dataKeys;
    private final KeySets keySets;
    private final DataKeyCipher cipher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    KeyVault(DataKeys dataKeys, KeySets keySets, DataKeyCipher cipher, TransactionTemplate transactions, Clock clock) {
        this.dataKeys = dataKeys;
        this.keySets = keySets;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores the user's key set for the venue, replacing an earlier one. The caller wipes its arrays. */
    KeySets.Metadata store(UserId user, KeyVenue venue, String label, char[] apiKey, char[] apiSecret) {
        return transactions.execute(status -> {
            SecretKey dataKey = lockedDataKey(user);
            byte[] key = Secrets.utf8(apiKey);
            byte[] secret = Secrets.utf8(apiSecret);
            try {
                var sealed = new KeySets.Sealed(cipher.seal(dataKey, user, venue, DataKeyCipher.Field.API_KEY, key),
                        cipher.seal(dataKey, user, venue, DataKeyCipher.Field.API_SECRET, secret));
                return keySets.put(user, venue, label, sealed, cipher.fingerprint(dataKey, key, secret), clock.instant());
            } finally {
                Secrets.wipe(key, secret);
            }
        });
    }

    List<KeySets.Metadata> list(UserId user) {
        return keySets.of(user);
    }

    /**
     * Deletes the user's key set for the venue; with the last one goes the user's data key, so a copy of the
     * sealed values left in a backup can no longer be opened.
     */
    boolean delete(UserId user, KeyVenue venue) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (dataKeys.locked(user).isEmpty() || !keySets.delete(user, venue)) {
                return false;
            }
            if (!keySets.anyOf(user)) {
                dataKeys.delete(user);
            }
            return true;
        }));
    }

    @Override
    public Optional<ApiCredentials> credentials(UserId user, KeyVenue venue) {
        return transactions.execute(status -> keySets.sealed(user, venue).map(sealed -> {
            SecretKey dataKey = cipher.unwrap(user, dataKeys.of(user).orElseThrow(
                    () -> new SealedDataException("user " + user + " has a key set but no data key")));
            byte[] key = cipher.open(dataKey, user, venue, DataKeyCipher.Field.API_KEY, sealed.apiKey());
            byte[] secret = cipher.open(dataKey, user, venue, DataKeyCipher.Field.API_SECRET, sealed.apiSecret());
            try {
                return new ApiCredentials(user, venue, Secrets.chars(key), Secrets.chars(secret));
            } finally {
                Secrets.wipe(key, secret);
            }
        }));
    }

    /** The user's data key, created on the first store; one still wrapped by a retired master key is re-wrapped now. */
    private SecretKey lockedDataKey(UserId user) {
        Optional<DataKeyCipher.Wrapped> stored = dataKeys.locked(user);
        if (stored.isEmpty()) {
            SecretKey fresh = cipher.newDataKey();
            if (dataKeys.insert(user, cipher.wrap(user, fresh), clock.instant())) {
                return fresh; // the inserted row is ours until the commit
            }
            stored = dataKeys.locked(user); // a concurrent first store won
        }
        DataKeyCipher.Wrapped wrapped = stored.orElseThrow();
        SecretKey dataKey = cipher.unwrap(user, wrapped);
        if (!wrapped.masterKeyId().equals(cipher.ring().current().id())) {
            dataKeys.replace(user, cipher.wrap(user, dataKey), clock.instant());
        }
        return dataKey;
    }
}
