package io.quorum.execution;

import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.market.MarketMarks;
import io.quorum.execution.matching.PaperBooks;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service on the embedded Kafka and PostgreSQL. Every scenario class extends this one, so they
 * all share one application context (and so one consumer in the group, one set of books).
 */
@SpringBootTest(classes = ExecutionApplication.class, properties = "spring.config.name=" + ExecutionApplication.CONFIG_NAME)
@AutoConfigureMockMvc
public abstract class ExecutionServiceTest {

    public static final Symbol BTC = Symbol.of("BTCUSDT");
    /** No scenario ever ticks this symbol, so the venue never has a price for it. */
    public static final Symbol NEVER_TICKED = Symbol.of("ETHUSDT");
    public static final String SECRET = "local-dev-gateway-secret";

    /** Event time only moves forward across all scenarios: the venue ignores ticks older than the last one. */
    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());

    protected static EventProbe probe;

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MarketMarks marks;
    @Autowired
    protected PaperBooks books;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "execution");
    }

    @BeforeAll
    static void openProbe() {
        probe = EventProbe.on(Topics.EXECUTIONS_NAME, Topics.POSITIONS_NAME, Topics.BOT_STOP_TRIGGERS_NAME);
    }

    @AfterAll
    static void closeProbe() throws InterruptedException {
        probe.close();
    }

    protected static Instant now() {
        return Instant.ofEpochSecond(CLOCK.addAndGet(60));
    }

    protected static Envelope<OrderApproved> approval(UserId user, BotId bot, OrderSpec spec, Instant at) {
        IntentId intent = IntentId.random();
        return Envelope.originating(new OrderApproved(intent, user, bot, ClientOrderId.forIntent(bot, intent), spec,
                Money.of("100")), at);
    }

    /** Publishes a tick and waits until the venue has processed it. */
    protected Envelope<TickObserved> tick(String price, Instant at) {
        Envelope<TickObserved> tick = Envelope.originating(new TickObserved(BTC, Price.of(price)), at);
        probe.publish(tick);
        await().atMost(Duration.ofSeconds(60)).until(() -> marks.of(BTC)
                .filter(mark -> !mark.lastTickAt().isBefore(at)).isPresent());
        return tick;
    }

    protected static <E extends Event> List<Envelope<E>> envelopes(Class<E> type, Predicate<E> matching) {
        return probe.envelopes().stream()
                .filter(envelope -> type.isInstance(envelope.payload()))
                .map(envelope -> {
                    @SuppressWarnings("unchecked")
                    Envelope<E> typed = (Envelope<E>) envelope;
                    return typed;
                })
                .filter(envelope -> matching.test(envelope.payload()))
                .toList();
    }

    protected static <E extends Event> Envelope<E> awaitEnvelope(Class<E> type, Predicate<E> matching) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> envelopes(type, matching), found -> !found.isEmpty()).getFirst();
    }
}
