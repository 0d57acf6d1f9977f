package io.quorum.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.gateway.FakeRegistry;
import io.quorum.gateway.FakeService;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class RegistryTokenResolverTest {

    private static final GatewaySettings SETTINGS =
            new GatewaySettings("the-secret", Duration.ofSeconds(3), Duration.ofSeconds(30), 100);

    private static RegistryTokenResolver resolverAt(String registryUrl) {
        URI url = URI.create(registryUrl);
        var services = new ServiceUrls(url, url, url, url, url, url, url);
        return new RegistryTokenResolver(WebClient.builder(), services, SETTINGS,
                new ResolvedTokens(Clock.systemUTC(), Duration.ofSeconds(30), 100));
    }

    @Test
    void aKnownTokenIsTheRegistrysUserAndTheSecretIsShown() {
        var registry = new FakeRegistry();
        UserId alice = UserId.random();
        String token = registry.tokenFor(alice);

        var resolution = resolverAt(registry.url()).resolve(token).block();

        assertThat(resolution).isEqualTo(new Resolution.Authenticated(alice));
        assertThat(registry.service().received("/internal/auth/resolve").getFirst().header("X-Quorum-Gateway-Secret"))
                .isEqualTo("the-secret");
    }

    @Test
    void anUnknownTokenIsRejected() {
        var registry = new FakeRegistry();

        assertThat(resolverAt(registry.url()).resolve("nobody").block()).isEqualTo(new Resolution.Rejected());
    }

    @Test
    void aFailingRegistryIsUnavailableNotARejection() {
        var broken = new FakeService(request -> new FakeService.Answer(500, "{}"));

        assertThat(resolverAt(broken.url()).resolve("t").block()).isInstanceOf(Resolution.Unavailable.class);
    }

    @Test
    void anUnreachableRegistryIsUnavailable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(resolverAt("http://localhost:" + closedPort).resolve("t").block())
                .isInstanceOf(Resolution.Unavailable.class);
    }
}
