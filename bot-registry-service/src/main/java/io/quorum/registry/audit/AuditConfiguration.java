package io.quorum.registry.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the audit trail. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc) {
        return new AuditTrail(jdbc);
    }
}
