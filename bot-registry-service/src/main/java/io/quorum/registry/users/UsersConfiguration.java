package io.quorum.registry.users;

import io.quorum.registry.auth.AccessTokens;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the users feature. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LockoutSettings.class, SignUpSettings.class, PruningSettings.class})
class UsersConfiguration {

    @Bean
    SignInLockout signInLockout(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                                LockoutSettings settings, Clock clock) {
        return new SignInLockout(jdbc, new TransactionTemplate(transactionManager), settings.policy(), clock);
    }

    @Bean
    SignUpLimit signUpLimit(JdbcClient jdbc, SignUpSettings settings, Clock clock) {
        return new SignUpLimit(jdbc, settings.bucket(), clock);
    }

    @Bean
    AttemptsPruning attemptsPruning(SignInLockout lockout, SignUpLimit signUps, PruningSettings settings) {
        return new AttemptsPruning(lockout, signUps, settings.interval());
    }

    @Bean
    Users users(JdbcClient jdbc) {
        return new Users(jdbc);
    }

    @Bean
    ApiTokens apiTokens(JdbcClient jdbc) {
        return new ApiTokens(jdbc);
    }

    @Bean
    ExternalIdentities externalIdentities(JdbcClient jdbc) {
        return new ExternalIdentities(jdbc);
    }

    @Bean
    PasswordHashing passwordHashing() {
        return new PasswordHashing();
    }

    @Bean
    UserRegistration userRegistration(Users users, ApiTokens tokens, ExternalIdentities identities,
                                      PasswordHashing passwords, AccessTokens accessTokens, SignInLockout lockout,
                                      SignUpLimit signUps, PlatformTransactionManager transactionManager, Clock clock) {
        return new UserRegistration(users, tokens, identities, passwords, accessTokens, lockout, signUps,
                new TransactionTemplate(transactionManager), new SecureRandom(), clock);
    }
}
