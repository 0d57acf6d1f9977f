package io.quorum.execution.venue;

import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.execution.ExecutionApplication;
import io.quorum.execution.venue.bybit.BybitCredentials;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.FakeBybit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with {@code quorum.execution.venue=bybit} against a FakeBybit, through the real client, on a Kafka broker
 * and a database of its own (the paper-venue scenarios' context, cached in the same JVM, consumes the shared broker's
 * decisions in the same group). Every scenario gives its user an account of its own on the fake, so the venue's
 * wallet can be compared with the ledger. The context is closed after each class (a later class builds its own on the
 * same broker and database). The broker, the fake and the probe are statics shared by the scenario classes that extend
 * it, and live until the test JVM ends: a class closing them would leave the next one without.
 */
@SpringBootTest(classes = ExecutionApplication.class, properties = {
        "spring.config.name=" + ExecutionApplication.CONFIG_NAME,
        "quorum.execution.venue=bybit",
        "quorum.bybit.api-key=" + FakeBybit.API_KEY,
        "quorum.bybit.api-secret=" + FakeBybit.API_SECRET,
        "quorum.bybit.timeout=PT2S",
        "quorum.bybit.first-backoff=PT0.05S",
        "quorum.bybit.fill-poll=PT0.3S",
        "quorum.bybit.reconcile-retry=PT0.3S",
        "quorum.bybit.wallet-poll=PT0.3S",
        // the scenarios run reconciliation themselves where they mean to; a periodic run in between would only race them
        "quorum.bybit.reconcile-interval=PT10M",
        "quorum.bybit.halt-retry=PT0.2S",
        "quorum.bybit.halt-retry-max=PT0.5S",
        "quorum.bybit.halt-stalled-after=3"})
@Import(BybitVenueTest.TestAccounts.class)
@DirtiesContext
abstract class BybitVenueTest {

    static final Symbol BTC = Symbol.of("BTCUSDT");
    static final String CREATE = "/v5/order/create";
    static final String REALTIME = "/v5/order/realtime";
    static final String EXECUTIONS = "/v5/execution/list";
    static final String SET_LEVERAGE = "/v5/position/set-leverage";
    static final String TRADING_STOP = "/v5/position/trading-stop";
    static final String POSITIONS = "/v5/position/list";
    static final String MARKET_TIME = "/v5/market/time";

    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2031-01-01T00:00:00Z").getEpochSecond());
    private static final AtomicLong ACCOUNTS = new AtomicLong();
    /** Each scenario's users and the fake account each trades on; users not listed have none. */
    static final Map<UserId, BybitCredentials> KEYS = new ConcurrentHashMap<>();

    // started when the class loads: the probe opens before Spring builds the context that reads their addresses
    static final EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.isolated();
    static final FakeBybit fake = FakeBybit.start();
    static EventProbe probe;

    @Autowired
    JdbcClient jdbc;

    /** The credentials the tests give the live venue, in place of users' stored keys. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestAccounts {

        @Bean
        @Primary
        VenueCredentials testCredentials() {
            return user -> Optional.ofNullable(KEYS.get(user));
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        infrastructure.propertiesFor("execution").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("quorum.bybit.base-url", fake::baseUrl);
    }

    @BeforeAll
    static synchronized void openProbe() {
        if (probe != null) {
            return; // opened by an earlier scenario class
        }
        probe = EventProbe.on(infrastructure.kafkaBootstrapServers(),
                List.of(Topics.EXECUTIONS_NAME, Topics.POSITIONS_NAME, Topics.BOT_STOP_TRIGGERS_NAME));
    }

    /** A user trading on a new account of the fake holding {@code usdt}. */
    static UserId userWithAccount(String usdt) {
        String key = "account-" + ACCOUNTS.incrementAndGet();
        fake.addAccount(key, key + "-secret", new BigDecimal(usdt));
        UserId user = UserId.random();
        KEYS.put(user, new BybitCredentials(key, key + "-secret"));
        return user;
    }

    static String keyOf(UserId user) {
        return KEYS.get(user).apiKey();
    }

    static Instant now() {
        return Instant.ofEpochSecond(CLOCK.addAndGet(60));
    }

    static Envelope<OrderApproved> approve(UserId user, BotId bot, OrderSpec spec) {
        Envelope<OrderApproved> approval = approval(user, bot, spec);
        probe.publish(approval);
        return approval;
    }

    static Envelope<OrderApproved> approval(UserId user, BotId bot, OrderSpec spec) {
        IntentId intent = IntentId.random();
        return Envelope.originating(new OrderApproved(intent, user, bot, ClientOrderId.forIntent(bot, intent), spec,
                Money.of("100")), now());
    }

    static long creates(ClientOrderId order) {
        return fake.requests(CREATE).stream().filter(request -> order.value().equals(request.params().get("orderLinkId"))).count();
    }

    static <E extends Event> List<Envelope<E>> envelopes(Class<E> type, Predicate<E> matching) {
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

    static <E extends Event> Envelope<E> awaitEnvelope(Class<E> type, Predicate<E> matching) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> envelopes(type, matching), found -> !found.isEmpty()).getFirst();
    }

    /** Waits until the fill polling has read the executions {@code rounds} more times. */
    static void awaitPollRounds(int rounds) {
        int before = fake.requests(EXECUTIONS).size();
        await().atMost(Duration.ofSeconds(60)).until(() -> fake.requests(EXECUTIONS).size() >= before + rounds);
    }
}
