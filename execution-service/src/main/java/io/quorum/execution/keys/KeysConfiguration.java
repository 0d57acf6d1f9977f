package io.quorum.execution.keys;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the key vault: the master keys (checked at start-up), the tables, the rotation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeySettings.class)
class KeysConfiguration {

    @Bean
    DataKeyCipher dataKeyCipher(KeySettings settings) {
        return new DataKeyCipher(settings.ring());
    }

    @Bean
    DataKeys dataKeys(JdbcClient jdbc) {
        return new DataKeys(jdbc);
    }

    @Bean
    KeySets keySets(JdbcClient jdbc) {
        return new KeySets(jdbc);
    }

    @Bean
    KeyVault keyVault(DataKeys dataKeys, KeySets keySets, DataKeyCipher cipher, TransactionTemplate transactions) {
        return new KeyVault(dataKeys, keySets, cipher, transactions, Clock.systemUTC());
    }

    @Bean
    KeyRotation keyRotation(DataKeys dataKeys, DataKeyCipher cipher, TransactionTemplate transactions, KeySettings settings) {
        return new KeyRotation(dataKeys, cipher, transactions, Clock.systemUTC(), settings.rotationBatchSize(),
                settings.rotationInterval());
    }
}
