package io.quorum.execution.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.execution.ExecutionServiceTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The vault on the database: concurrent first stores, and a store that meets a data key of a retired master key. */
class KeyVaultTest extends ExecutionServiceTest {

    @Autowired
    private KeyVault vault;
    @Autowired
    private DataKeys dataKeys;
    @Autowired
    private KeySets keySets;
    @Autowired
    private DataKeyCipher cipher;
    @Autowired
    private KeySettings settings;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void concurrentFirstStoresOfOneUserShareOneDataKeyAndEverySetOpens() throws Exception {
        UserId user = UserId.random();
        List<KeyVenue> venues = List.of(KeyVenue.DEMO, KeyVenue.TESTNET, KeyVenue.MAINNET);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(venues.size() * 2)) {
            List<Future<?>> stores = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (KeyVenue venue : venues) {
                    stores.add(threads.submit(() -> {
                        start.await();
                        return vault.store(user, venue, "", ("KEY-" + venue).toCharArray(), ("SECRET-" + venue).toCharArray());
                    }));
                }
            }
            start.countDown();
            for (Future<?> store : stores) {
                store.get();
            }
        }

        assertThat(vault.list(user)).extracting(KeySets.Metadata::venue).containsExactlyInAnyOrderElementsOf(venues);
        for (KeyVenue venue : venues) {
            try (ApiCredentials credentials = vault.credentials(user, venue).orElseThrow()) {
                assertThat(new String(credentials.apiKey())).isEqualTo("KEY-" + venue);
                assertThat(new String(credentials.apiSecret())).isEqualTo("SECRET-" + venue);
            }
        }
    }

    @Test
    void storingForAUserWhoseDataKeyARetiredMasterKeyWrappedMovesItToTheCurrentOne() {
        UserId user = UserId.random();
        MasterKey retired = MasterKey.fromBase64(settings.retiredMasterKeys().getFirst(), "test");
        new KeyVault(dataKeys, keySets, new DataKeyCipher(new MasterKeyRing(retired, List.of())), transactions,
                Clock.systemUTC()).store(user, KeyVenue.DEMO, "old", "OLDKEY-123".toCharArray(), "OLDSECRET-123".toCharArray());

        vault.store(user, KeyVenue.TESTNET, "new", "NEWKEY-456".toCharArray(), "NEWSECRET-456".toCharArray());

        assertThat(dataKeys.of(user).orElseThrow().masterKeyId()).isEqualTo(cipher.ring().current().id());
        try (ApiCredentials old = vault.credentials(user, KeyVenue.DEMO).orElseThrow()) {
            assertThat(new String(old.apiSecret())).isEqualTo("OLDSECRET-123");
        }
    }
}
