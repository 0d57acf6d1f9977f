package io.quorum.marketdata;

import io.quorum.marketdata.replay.Replay;
import io.quorum.testkit.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on the embedded Kafka and PostgreSQL, with the start-up replay off: tests replay the
 * window they need synchronously, as fast as possible. Every class replays its own day of the
 * recording, so events it finds on the shared topics are its own, and starts from empty candle
 * tables, because replay cursors only move forward and classes run in any order.
 */
@SpringBootTest(classes = MarketDataApplication.class, properties = {
        "spring.config.name=" + MarketDataApplication.CONFIG_NAME,
        "quorum.replay.enabled=false",
        "quorum.replay.speed=PT0S"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MarketDataSpringTest {

    public static final String GATEWAY_SECRET = "local-dev-gateway-secret";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "marketdata");
    }

    @Autowired
    protected Replay replay;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeAll
    protected void startFromEmptyCandleTables() {
        jdbc.sql("truncate candles, replay_cursor").update();
    }
}
