package io.quorum.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.gateway.FakeRegistry;
import io.quorum.gateway.FakeService;
import io.quorum.gateway.GatewayApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Each service's OpenAPI document reaches the gateway under /v3/api-docs/&lt;service&gt;, and /docs names them all. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + GatewayApplication.CONFIG_NAME, "spring.main.web-application-type=reactive",
                "quorum.gateway.resolve-timeout=PT60S"})
class ApiDocsRoutingTest {

    private static final FakeRegistry REGISTRY = new FakeRegistry();
    private static final Map<String, FakeService> SERVICES = new LinkedHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        for (String name : ApiDocsPage.SERVICES) {
            if (!name.equals("registry")) {
                SERVICES.put(name, new FakeService(request -> new FakeService.Answer(200,
                        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\"}}")));
            }
        }
    }

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("quorum.services.registry-url", REGISTRY::url);
        SERVICES.forEach((name, service) -> registry.add("quorum.services." + name + "-url", service::url));
    }

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachServicesDocumentIsServedFromThatServicesApiDocs() {
        String token = REGISTRY.tokenFor(UserId.random());
        for (var service : SERVICES.entrySet()) {
            var response = get("/v3/api-docs/" + service.getKey(), "Authorization", "Bearer " + token);

            assertThat(response.statusCode()).as(service.getKey()).isEqualTo(200);
            assertThat(response.body()).contains("\"title\":\"" + service.getKey() + "\"");
            assertThat(service.getValue().received("/v3/api-docs")).isNotEmpty();
        }
        assertThat(get("/v3/api-docs/registry", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(REGISTRY.service().received("/v3/api-docs")).isNotEmpty();
    }

    @Test
    void theDocsPageListsEveryServicesDocumentWithoutAToken() {
        var page = get("/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        for (String name : ApiDocsPage.SERVICES) {
            assertThat(page.body()).contains("href=\"/v3/api-docs/" + name + "\"");
        }
    }

    @Test
    void aDocumentLikeAnyApiCallNeedsAToken() {
        assertThat(get("/v3/api-docs/execution").statusCode()).isEqualTo(401);
    }
}
