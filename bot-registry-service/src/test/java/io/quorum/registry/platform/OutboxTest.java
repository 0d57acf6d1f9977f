package io.quorum.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.serde.EventJson;
import io.quorum.registry.RegistryApplication;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = RegistryApplication.class, properties = "spring.config.name=" + RegistryApplication.CONFIG_NAME)
class OutboxTest {

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
    @Autowired
    OutboxRelay relay;

    /**
     * Many transactions commit in an order other than their outbox ids' while flushes and the relay
     * run: every event still reaches Kafka exactly as written, and the outbox ends empty. (A relay
     * that deleted by id range once dropped a row whose lower id committed after the relay's select.)
     */
    @Test
    void everyEventCommittedConcurrentlyIsPublishedAndNoneIsLost() throws Exception {
        String run = UUID.randomUUID().toString();
        Set<String> written = ConcurrentHashMap.newKeySet();
        try (EventProbe probe = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);
             ExecutorService writers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 400; i++) {
                writers.submit(() -> transactions.executeWithoutResult(status -> {
                    var event = Envelope.originating(new BotStopRequested(BotId.random(), UserId.random(), run), Instant.EPOCH);
                    outbox.add(event);
                    written.add(event.eventId().toString());
                    sleepUpTo(5); // commit late: a later transaction's row may go first
                }));
            }
            writers.shutdown();
            assertThat(writers.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

            await().atMost(Duration.ofSeconds(60)).until(() -> published(probe, run).size() >= written.size());
            assertThat(published(probe, run)).containsExactlyInAnyOrderElementsOf(written);
            assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single()).isZero();
        }
    }

    /**
     * What a killed predecessor left in the outbox is published when the relay starts, on the starting
     * thread — and the relay starts before the Kafka listeners, so no record is consumed (and no offset
     * committed) before those events are out.
     */
    @Test
    void theRelayStartsBeforeTheListenersAndFirstSendsWhatWasLeftBehind() throws Exception {
        String run = UUID.randomUUID().toString();
        assertThat(relay.getPhase()).isLessThan(AbstractMessageListenerContainer.DEFAULT_PHASE);
        try (EventProbe probe = EventProbe.on(Topics.BOT_LIFECYCLE_NAME)) {
            relay.stop();
            var leftBehind = Envelope.originating(new BotStopRequested(BotId.random(), UserId.random(), run), Instant.EPOCH);
            jdbc.sql("insert into outbox (topic, record_key, event_id, payload) values (?, ?, ?, ?)")
                    .params(leftBehind.topic().name(), leftBehind.key(), leftBehind.eventId().value(), EventJson.write(leftBehind))
                    .update();

            relay.start();

            // no waiting: start() returned only after the row was sent and deleted
            assertThat(jdbc.sql("select count(*) from outbox where event_id = ?").param(leftBehind.eventId().value())
                    .query(Long.class).single()).isZero();
            await().atMost(Duration.ofSeconds(60)).until(() -> published(probe, run).contains(leftBehind.eventId().toString()));
        }
    }

    private static Set<String> published(EventProbe probe, String run) {
        return probe.envelopes().stream()
                .filter(e -> e.payload() instanceof BotStopRequested stop && stop.reason().equals(run))
                .map(e -> e.eventId().toString()).collect(Collectors.toSet());
    }

    private static void sleepUpTo(int millis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(millis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
