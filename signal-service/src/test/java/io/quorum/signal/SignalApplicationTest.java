package io.quorum.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.testkit.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = SignalApplication.class, properties = "spring.config.name=" + SignalApplication.CONFIG_NAME,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignalApplicationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "signal");
    }

    @Autowired
    HealthEndpoint health;

    @Test
    void startsOnItsOwnSchemaAndReportsHealthy() {
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    }
}
