package io.quorum.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.RegistryApplication;
import io.quorum.testkit.EmbeddedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Requests that write the outbox, more at once than the pool has connections. */
@SpringBootTest(classes = RegistryApplication.class, properties = {
        "spring.config.name=" + RegistryApplication.CONFIG_NAME,
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=3000"})
class OutboxPoolTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "registry");
    }

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    /**
     * Each committed request used to flush the outbox on its own thread, needing a second connection
     * while still holding its first: eight concurrent requests on a pool of two starved it until the
     * connection timeout. Now requests wake the relay and every one of them commits.
     */
    @Test
    void concurrentRequestsBeyondThePoolSizeNeverStarveIt() throws Exception {
        List<Future<?>> requests = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 64; i++) {
                requests.add(callers.submit(() -> transactions.executeWithoutResult(status ->
                        outbox.add(Envelope.originating(new BotStopRequested(BotId.random(), UserId.random(), "pool"), Instant.EPOCH)))));
            }
            for (Future<?> request : requests) {
                request.get(); // throws if a request could not get a connection
            }
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql("select count(*) from outbox").query(Long.class).single() == 0);
    }
}
