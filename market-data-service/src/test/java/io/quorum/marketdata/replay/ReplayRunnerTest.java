package io.quorum.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.MarketDataApplication;
import io.quorum.testkit.EmbeddedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The start-up replay as the launcher runs it: the whole service started on its own, with the
 * replay window in its properties. Each scenario replays its own symbol, so their cursors are
 * independent of each other and of the other test classes.
 */
class ReplayRunnerTest {

    private static final String SCHEMA = "marketdata";

    private static ConfigurableApplicationContext start(String symbol, String speed, String from, String until) {
        Map<String, Object> properties = new HashMap<>(EmbeddedInfrastructure.get().propertiesFor(SCHEMA));
        properties.putAll(Map.of("server.port", "0", "quorum.replay.enabled", "true", "quorum.replay.symbols", symbol,
                "quorum.replay.speed", speed, "quorum.replay.from", from, "quorum.replay.until", until));
        // as command-line arguments: they must win over market-data.yml, as the launcher's do
        return MarketDataApplication.application()
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    private static Optional<Instant> cursor(String symbol) {
        var infra = EmbeddedInfrastructure.get();
        var jdbc = JdbcClient.create(new DriverManagerDataSource(infra.jdbcUrl(SCHEMA), "postgres", "postgres"));
        return new ReplayCursors(jdbc).lastReplayed(Symbol.of(symbol));
    }

    @Test
    void replaysTheConfiguredWindowInItsOwnThreadOnceTheApplicationIsReady() throws Exception {
        try (var context = start("BTCUSDT", "PT0S", "2025-06-07T00:00:00Z", "2025-06-07T00:10:00Z")) {
            assertThat(context.getBean(ReplayRunner.class).awaitFinished(Duration.ofSeconds(60))).isTrue();

            assertThat(cursor("BTCUSDT")).contains(Instant.parse("2025-06-07T00:09:00Z"));
            assertThat(context.getBean(JdbcClient.class)
                    .sql("select count(*) from candles where symbol = 'BTCUSDT' and open_time >= '2025-06-07T00:00:00Z'"
                            + " and open_time < '2025-06-07T00:10:00Z'")
                    .query(Long.class).single()).isEqualTo(10L + 2L);
        }
    }

    @Test
    void shuttingDownHaltsTheReplayBetweenTwoMinutes() throws Exception {
        ReplayRunner runner;
        try (var context = start("ETHUSDT", "PT1H", "2025-06-07T01:00:00Z", "2025-06-07T01:10:00Z")) {
            runner = context.getBean(ReplayRunner.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> cursor("ETHUSDT").isPresent());
        }

        assertThat(runner.awaitFinished(Duration.ofSeconds(60))).isTrue();
        assertThat(cursor("ETHUSDT")).contains(Instant.parse("2025-06-07T01:00:00Z"));
    }
}
