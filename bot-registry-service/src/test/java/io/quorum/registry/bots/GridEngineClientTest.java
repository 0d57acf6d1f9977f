package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.registry.FakeGridEngine;
import io.quorum.registry.bots.domain.BotDraft;
import io.quorum.registry.bots.domain.BotRules;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.GridChecks;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpacing;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GridEngineClientTest {

    private final FakeGridEngine gridEngine = new FakeGridEngine();
    private final GridEngineClient client = clientFor(gridEngine.url());

    @AfterEach
    void stop() {
        gridEngine.close();
    }

    private static GridEngineClient clientFor(String url) {
        return new GridEngineClient(new GridEngineSettings(URI.create(url), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                "the-secret");
    }

    private static BotSettings settings(String investment, String stopLoss) {
        var grid = new BotDraft.Grid(new BigDecimal("100000"), new BigDecimal("110000"), 20, GridSpacing.GEOMETRIC,
                investment == null ? null : new BigDecimal(investment), null,
                stopLoss == null ? null : new BigDecimal(stopLoss), null);
        return new BotRules().settingsOf(new BotDraft("bot", BotKind.GRID, "BTCUSDT", new BigDecimal("1000.50"), 3, grid));
    }

    @Test
    void sendsTheSymbolBudgetLeverageAndWholeGridWithTheGatewaySecret() {
        assertThat(client.check(settings("600", "95000"))).isInstanceOf(GridChecks.Passed.class);

        var request = gridEngine.requestsContaining("BTCUSDT").getFirst();
        assertThat(request.path()).isEqualTo("/internal/grid/check");
        assertThat(request.secret()).isEqualTo("the-secret");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.body()).contains("\"symbol\":\"BTCUSDT\"", "\"budget\":\"1000.5\"", "\"leverage\":3",
                "\"lower\":\"100000\"", "\"upper\":\"110000\"", "\"gridCount\":20", "\"spacing\":\"GEOMETRIC\"",
                "\"investment\":\"600\"", "\"stopLossPrice\":\"95000\"", "\"triggerPrice\":null",
                "\"takeProfitPrice\":null");
    }

    @Test
    void aRefusalPassesTheGridEnginesFieldAndReasonOn() {
        gridEngine.refuse("\"investment\":\"5\"", "grid.investment", "0.00001 BTC per level is below the minimum 0.001");

        var answer = client.check(settings("5", null));

        assertThat(answer).isEqualTo(new GridChecks.Refused("grid.investment",
                "0.00001 BTC per level is below the minimum 0.001"));
    }

    @Test
    void aFailingGridEngineIsUnavailableNotARefusal() {
        gridEngine.fail("BTCUSDT", 500);

        assertThat(client.check(settings(null, null))).isInstanceOf(GridChecks.Unavailable.class);
    }

    @Test
    void aGridEngineWithoutTheCheckEndpointIsUnavailable() {
        gridEngine.fail("BTCUSDT", 404);

        assertThat(client.check(settings(null, null))).isInstanceOf(GridChecks.Unavailable.class);
    }

    @Test
    void anUnreachableGridEngineIsUnavailable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(clientFor("http://localhost:" + closedPort).check(settings(null, null)))
                .isInstanceOf(GridChecks.Unavailable.class);
    }
}
