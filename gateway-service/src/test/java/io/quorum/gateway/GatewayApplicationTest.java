package io.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

class GatewayApplicationTest {

    @Test
    void theLauncherGetsAReactiveGatewayReadingGatewayYmlEvenWithMvcOnTheClasspath() {
        var application = GatewayApplication.application().application();

        assertThat(application.getWebApplicationType()).isEqualTo(WebApplicationType.REACTIVE);
    }
}
