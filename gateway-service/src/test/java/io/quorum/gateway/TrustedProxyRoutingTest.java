package io.quorum.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway behind a proxy it is told to trust (127.0.0.2): a request through it comes from the client the proxy
 * names in X-Forwarded-For, for the address forwarded to the services and for the sign-up limit (one an hour here);
 * a request from anywhere else is still its TCP peer, whatever header it carries.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.CONFIG_NAME, "spring.main.web-application-type=reactive",
                "quorum.gateway.trusted-proxies=127.0.0.2/32",
                "quorum.gateway.limits.sign-ups-per-hour=1", "quorum.gateway.limits.sign-up-burst=1"})
class TrustedProxyRoutingTest {

    private static final FakeRegistry REGISTRY = new FakeRegistry();
    private static final FakeService EXECUTION = new FakeService(request -> new FakeService.Answer(200, "[]"));

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("quorum.services.registry-url", REGISTRY::url);
        registry.add("quorum.services.execution-url", EXECUTION::url);
    }

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> signUp(String from, String forwardedFor, String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from))
                .connectTimeout(Duration.ofSeconds(30)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/users"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"erin\",\"email\":\"" + email + "\"}"))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String forwardedAddress(String email) {
        return REGISTRY.service().received("/api/users").stream().filter(r -> r.body().contains(email)).findFirst()
                .orElseThrow().header(GatewayHeaders.CLIENT_ADDRESS);
    }

    private static String email() {
        return "erin-" + UserId.random() + "@example.com";
    }

    @Test
    void throughTheTrustedProxyEachClientIsItselfAndHasItsOwnSignUpBucket() throws Exception {
        String first = email();
        String second = email();

        // the client's own claim (left) is not believed; what the proxy appended (right) is
        assertThat(signUp("127.0.0.2", "203.0.113.50, 198.51.100.1", first).statusCode()).isEqualTo(201);
        assertThat(signUp("127.0.0.2", "198.51.100.2", second).statusCode()).isEqualTo(201);
        var again = signUp("127.0.0.2", "198.51.100.1", email());

        assertThat(forwardedAddress(first)).isEqualTo("198.51.100.1");
        assertThat(forwardedAddress(second)).isEqualTo("198.51.100.2");
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() throws Exception {
        String email = email();

        assertThat(signUp("127.0.0.3", "198.51.100.3", email).statusCode()).isEqualTo(201);

        assertThat(forwardedAddress(email)).isEqualTo("127.0.0.3");
    }
}
