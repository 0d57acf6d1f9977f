package io.quorum.registry.templates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the templates feature. */
@Configuration(proxyBeanMethods = false)
class TemplatesConfiguration {

    @Bean
    Templates templates(JdbcClient jdbc) {
        return new Templates(jdbc);
    }
}
