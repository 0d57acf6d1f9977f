package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service's OpenAPI document, fetched through the gateway as a client would: each lists the
 * service's public paths and none of its internal ones.
 */
@ExtendWith(WholeQuorum.class)
@Order(WholeQuorum.LAST)
class ApiDocumentsEndToEndTest {

    /** Per service (its name under /v3/api-docs/), paths its document must list; other paths may be there too. */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("registry", List.of("/api/users", "/api/bots", "/api/bots/{id}", "/api/bots/{id}/start",
                "/api/templates", "/api/grid-bot/{botId}/config"));
        EXPECTED.put("allocation", List.of("/api/balance", "/api/balance/check"));
        EXPECTED.put("grid-engine", List.of("/api/grid-bot/{botId}/orders", "/api/grid-bot/{botId}/stats",
                "/api/grid-bot/preview"));
        EXPECTED.put("execution", List.of("/api/orders", "/api/executions", "/api/positions", "/api/keys",
                "/api/keys/{venue}"));
        EXPECTED.put("market-data", List.of("/api/market/{symbol}/candles"));
        EXPECTED.put("notifier", List.of("/api/notifications", "/api/notifications/settings"));
        EXPECTED.put("signal", List.of("/api/signals", "/api/journal", "/api/journal/lessons"));
    }

    private static QuorumServices services;

    @BeforeAll
    static void onTheWholeStack(QuorumServices shared) {
        services = shared;
    }

    @Test
    void everyServicesDocumentListsItsApiPathsAndNoInternalOnes() {
        GatewayClient anonymous = new GatewayClient(services.url(QuorumService.GATEWAY), null);
        var signUp = anonymous.post("/api/users", Map.of("name", "dora", "email", "dora-docs@example.com", "password", "dora end-to-end password"));
        assertThat(signUp.status()).isEqualTo(201);
        GatewayClient dora = anonymous.as(signUp.body().get("apiToken").asString());

        for (var service : EXPECTED.entrySet()) {
            var document = dora.get("/v3/api-docs/" + service.getKey());

            assertThat(document.status()).as(service.getKey()).isEqualTo(200);
            assertThat(document.body().get("openapi").asString()).as(service.getKey()).startsWith("3.");
            List<String> paths = new ArrayList<>(document.body().get("paths").propertyNames());
            assertThat(paths).as(service.getKey()).containsAll(service.getValue())
                    .allMatch(path -> path.startsWith("/api/"));
        }
    }
}
