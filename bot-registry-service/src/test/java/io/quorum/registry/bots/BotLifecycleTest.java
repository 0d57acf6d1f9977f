package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.contracts.serde.EventJson;
import io.quorum.contracts.serde.MalformedEventException;
import io.quorum.registry.RegistryScenario;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BotLifecycleTest extends RegistryScenario {

    private final UserId alice = UserId.random();
    private final EventProbe lifecycle = EventProbe.on(Topics.BOT_LIFECYCLE_NAME);

    @AfterEach
    void closeProbe() throws InterruptedException {
        lifecycle.close();
    }

    private BotId createBot() {
        return BotId.of(post("/api/bots", alice, BotCreationTest.validGridBot("grid")).text("id"));
    }

    private String status(BotId bot) {
        return get("/api/bots/" + bot, alice).text("status");
    }

    /** The bot's lifecycle events so far. Skips the poison records the dead-letter test leaves on the topic. */
    private List<Envelope<?>> lifecycleOf(BotId bot) {
        return lifecycle.records(Topics.BOT_LIFECYCLE_NAME).stream()
                .filter(record -> bot.toString().equals(record.key()))
                .<Envelope<?>>flatMap(record -> {
                    try {
                        return Stream.of(EventJson.read(record.value()));
                    } catch (MalformedEventException e) {
                        return Stream.empty();
                    }
                })
                .toList();
    }

    private <E extends Event> List<E> eventsOf(BotId bot, Class<E> type) {
        return lifecycleOf(bot).stream().map(Envelope::payload).filter(type::isInstance).map(type::cast).toList();
    }

    private <E extends Event> E awaitEvent(BotId bot, Class<E> type) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> eventsOf(bot, type), events -> !events.isEmpty())
                .getFirst();
    }

    @Test
    void creatingABotPublishesWhoseItIsBeforeItsStart() {
        BotId bot = createBot();

        BotCreated created = awaitEvent(bot, BotCreated.class);
        assertThat(created.userId()).isEqualTo(alice);
        assertThat(created.name()).isEqualTo("grid");
        assertThat(created.kind()).isEqualTo(BotKind.GRID);
        assertThat(created.symbol().value()).isEqualTo("BTCUSDT");
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
        awaitEvent(bot, BotStarted.class);
        // one bot's events keep their order on the topic: the owner is known before anything else of the bot
        assertThat(lifecycleOf(bot)).extracting(e -> e.payload().getClass().getSimpleName())
                .containsExactly("BotCreated", "BotStarted");
    }

    @Test
    void startingReservesTheBudgetThenRunsTheBotAndPublishesBotStarted() {
        BotId bot = createBot();

        Response started = post("/api/bots/" + bot + "/start", alice, null);

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.text("status")).isEqualTo("RUNNING");
        var request = ALLOCATION.requestsFor(bot).getFirst();
        assertThat(request.secret()).isEqualTo(SECRET);
        assertThat(request.body()).contains(alice.toString(), "\"1000\"");
        BotStarted event = awaitEvent(bot, BotStarted.class);
        assertThat(event.userId()).isEqualTo(alice);
        assertThat(event.budget()).isEqualTo(Money.of("1000"));
        assertThat(event.grid().gridCount()).isEqualTo(20);
        assertThat(status(bot)).isEqualTo("RUNNING");
    }

    @Test
    void anInsufficientBalanceIsAConflictWithTheAllocationsWordsAndTheBotStaysCreated() {
        BotId bot = createBot();
        ALLOCATION.refuse(bot, "1000", "400");

        Response refused = post("/api/bots/" + bot + "/start", alice, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).isEqualTo("needs 1000 USDT, 400 free");
        assertThat(refused.text("needed")).isEqualTo("1000");
        assertThat(refused.text("free")).isEqualTo("400");
        assertThat(status(bot)).isEqualTo("CREATED");
    }

    @Test
    void aFailingAllocationIsUnavailableAndTheBotStaysCreated() {
        BotId bot = createBot();
        ALLOCATION.fail(bot, 500);

        Response refused = post("/api/bots/" + bot + "/start", alice, null);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(status(bot)).isEqualTo("CREATED");
    }

    @Test
    void startingARunningBotIsAConflictAndReservesNothingMore() {
        BotId bot = createBot();
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);

        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(409);
        assertThat(ALLOCATION.requestsFor(bot)).hasSize(1);
    }

    @Test
    void twoConcurrentStartsPublishOneBotStarted() throws Exception {
        BotId bot = createBot();
        var ready = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> startWhen(ready, bot));
        var second = CompletableFuture.supplyAsync(() -> startWhen(ready, bot));
        ready.countDown();

        assertThat(List.of(first.get().status(), second.get().status())).containsExactlyInAnyOrder(200, 409);
        // the lifecycle topic keeps one bot's events in order: once the stop request is visible, so is every start
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);
        awaitEvent(bot, BotStopRequested.class);
        assertThat(eventsOf(bot, BotStarted.class)).hasSize(1);
    }

    private Response startWhen(CountDownLatch ready, BotId bot) {
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return post("/api/bots/" + bot + "/start", alice, null);
    }

    @Test
    void stoppingARunningBotAcceptsAndPublishesBotStopRequested() {
        BotId bot = createBot();
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(409);
        post("/api/bots/" + bot + "/start", alice, null);

        Response stopping = post("/api/bots/" + bot + "/stop", alice, null);

        assertThat(stopping.status()).isEqualTo(202);
        assertThat(stopping.text("status")).isEqualTo("STOPPING");
        assertThat(awaitEvent(bot, BotStopRequested.class).userId()).isEqualTo(alice);
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(409);
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(409);
    }

    @Test
    void theReleasedBudgetStopsTheBotAndBotStoppedIsCausedByTheRelease() {
        BotId bot = runningThenStopping();
        var released = Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("1012.5")),
                Instant.parse("2026-03-01T12:00:00Z"));

        lifecycle.publish(released);

        awaitEvent(bot, BotStopped.class);
        Envelope<?> stopped = lifecycleOf(bot).stream().filter(e -> e.payload() instanceof BotStopped).findFirst().orElseThrow();
        assertThat(stopped.causationId()).isEqualTo(released.eventId());
        assertThat(stopped.correlationId()).isEqualTo(released.correlationId());
        assertThat(stopped.occurredAt()).isEqualTo(released.occurredAt());
        assertThat(status(bot)).isEqualTo("STOPPED");
    }

    @Test
    void aRedeliveredReleaseChangesNothingTheSecondTime() {
        BotId bot = runningThenStopping();
        var released = Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("1000")), Instant.now());
        lifecycle.publish(released);
        await().atMost(Duration.ofSeconds(60)).until(() -> "STOPPED".equals(status(bot)));
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);

        lifecycle.publish(released);
        var marker = Envelope.originating(new BotBudgetReleased(alice, bot, Money.of("1000")), Instant.now());
        lifecycle.publish(marker);

        // both records share the user's partition, so the redelivery was handled before the marker
        await().atMost(Duration.ofSeconds(60)).until(() -> lifecycleOf(bot).stream()
                .anyMatch(e -> marker.eventId().equals(e.causationId())));
        assertThat(lifecycleOf(bot).stream().filter(e -> e.payload() instanceof BotStopped)
                .map(Envelope::causationId)).containsExactly(released.eventId(), marker.eventId());
    }

    private BotId runningThenStopping() {
        BotId bot = createBot();
        assertThat(post("/api/bots/" + bot + "/start", alice, null).status()).isEqualTo(200);
        assertThat(post("/api/bots/" + bot + "/stop", alice, null).status()).isEqualTo(202);
        return bot;
    }
}
