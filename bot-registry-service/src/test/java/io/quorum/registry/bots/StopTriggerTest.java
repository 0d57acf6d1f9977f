package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.registry.RegistryScenario;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A bot's own rule (the grid engine's stop-loss or take-profit) stops it through the usual stop flow. */
class StopTriggerTest extends RegistryScenario {

    private static final String STOP_LOSS = "stop-loss 99000 reached at 98990.5";

    private final UserId alice = UserId.random();
    private final EventProbe lifecycle = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void closeProbe() throws InterruptedException {
        lifecycle.close();
    }

    private BotId runningBot() {
        BotId bot = BotId.of(post("/api/bots", alice, BotCreationTest.validGridBot("grid")).text("id"));
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
        return bot;
    }

    private Envelope<BotStopTriggered> trigger(BotId bot, String reason) {
        return Envelope.originating(new BotStopTriggered(bot, alice, reason, Price.of("98990.5")),
                Instant.parse("2026-03-01T12:00:00Z"));
    }

    private Response bot(BotId bot) {
        return get("/api/bots/" + bot, alice);
    }

    private boolean processed(EventId event) {
        return jdbc.sql("select count(*) from processed_events where event_id = ?").param(event.value())
                .query(Long.class).single() == 1;
    }

    @Test
    void aTriggeredStopStopsARunningBotAndItKeepsTheReasonThroughStopped() {
        BotId bot = runningBot();
        var triggered = trigger(bot, STOP_LOSS);

        lifecycle.publish(triggered);

        BotStopRequested requested = LifecycleEvents.await(lifecycle, bot, BotStopRequested.class);
        assertThat(requested).isEqualTo(new BotStopRequested(bot, alice, STOP_LOSS));
        Envelope<?> announcement = LifecycleEvents.envelopes(lifecycle, bot, BotStopRequested.class).getFirst();
        assertThat(announcement.causationId()).isEqualTo(triggered.eventId());
        assertThat(announcement.occurredAt()).isEqualTo(triggered.occurredAt());
        assertThat(bot(bot).text("status")).isEqualTo("STOPPING");
        assertThat(bot(bot).text("statusReason")).isEqualTo(STOP_LOSS);
        // stop means stop: not startable again until its budget is back
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(409);

        lifecycle.publish(Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("990")), Instant.now()));

        assertThat(LifecycleEvents.await(lifecycle, bot, BotStopped.class).reason()).isEqualTo(STOP_LOSS);
        assertThat(bot(bot).text("status")).isEqualTo("STOPPED");
        assertThat(bot(bot).text("statusReason")).isEqualTo(STOP_LOSS);
    }

    @Test
    void aTriggerForABotThatIsNotRunningIsIgnored() {
        BotId created = BotId.of(post("/api/bots", alice, BotCreationTest.validGridBot("idle")).text("id"));
        BotId stopping = runningBot();
        assertThat(post("/api/bots/" + stopping + "/stop", alice, null).status()).isEqualTo(202);
        var forCreated = trigger(created, "take-profit 120000 reached at 120001");
        var forStopping = trigger(stopping, "take-profit 120000 reached at 120001");

        lifecycle.publish(forCreated);
        lifecycle.publish(forStopping);

        await().atMost(Duration.ofSeconds(60)).until(() -> processed(forCreated.eventId()) && processed(forStopping.eventId()));
        assertThat(bot(created).text("status")).isEqualTo("CREATED");
        assertThat(bot(stopping).text("status")).isEqualTo("STOPPING");
        assertThat(bot(stopping).text("statusReason")).isEqualTo(BotLifecycle.STOPPED_BY_USER);
        assertThat(LifecycleEvents.events(lifecycle, created, BotStopRequested.class)).isEmpty();
        assertThat(LifecycleEvents.events(lifecycle, stopping, BotStopRequested.class)).hasSize(1);
    }

    @Test
    void aRedeliveredTriggerDoesNotStopTheBotAgainAfterARestart() {
        BotId bot = runningBot();
        var triggered = trigger(bot, STOP_LOSS);
        lifecycle.publish(triggered);
        LifecycleEvents.await(lifecycle, bot, BotStopRequested.class);
        lifecycle.publish(Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("990")), Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPED".equals(bot(bot).text("status")));
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);

        lifecycle.publish(triggered);
        var marker = trigger(bot, "take-profit 120000 reached at 120001");
        lifecycle.publish(marker);

        // both share the bot's partition, so the redelivery was handled before the marker
        LifecycleEvents.await(lifecycle, bot, BotStopRequested.class, 2);
        assertThat(LifecycleEvents.envelopes(lifecycle, bot, BotStopRequested.class)).extracting(Envelope::causationId)
                .containsExactly(triggered.eventId(), marker.eventId());
    }
}
