package io.quorum.registry.users;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the users feature. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    @Bean
    Users users(JdbcClient jdbc) {
        return new Users(jdbc);
    }

    @Bean
    UserRegistration userRegistration(Users users, Clock clock) {
        return new UserRegistration(users, new SecureRandom(), clock);
    }
}
