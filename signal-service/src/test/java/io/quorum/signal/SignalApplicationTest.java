package io.quorum.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;

class SignalApplicationTest extends SignalServiceTest {

    @Autowired
    HealthEndpoint health;

    @Test
    void startsOnItsOwnSchemaAndReportsHealthy() {
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }
}
