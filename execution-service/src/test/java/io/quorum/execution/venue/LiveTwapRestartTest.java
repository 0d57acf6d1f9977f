package io.quorum.execution.venue;

import static io.quorum.execution.venue.BybitVenueTest.BTC;
import static io.quorum.execution.venue.BybitVenueTest.approval;
import static io.quorum.execution.venue.BybitVenueTest.awaitEnvelope;
import static io.quorum.execution.venue.BybitVenueTest.envelopes;
import static io.quorum.execution.venue.BybitVenueTest.fake;
import static io.quorum.execution.venue.BybitVenueTest.infrastructure;
import static io.quorum.execution.venue.BybitVenueTest.keyOf;
import static io.quorum.execution.venue.BybitVenueTest.userWithAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.execution.ExecutionApplication;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.twap.TwapRun;
import io.quorum.execution.twap.TwapRuns;
import io.quorum.testkit.FakeBybitAccount;
import io.quorum.testkit.FakeBybitOrder;
import io.quorum.testkit.MovableClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A live TWAP across a restart of the whole service: the execution application is stopped mid-run — its context
 * closed, its scheduler, pollers and consumers with it — and a fresh one is started on the same database, broker and
 * fake Bybit. Nothing but the database carries the run over: the new scheduler sends the slices still due, each under
 * its own orderLinkId, none of them twice, and the slices add up to the parent. Runs on the Bybit scenarios' broker and
 * database, after (or before) their own context, which each of those classes closes when it ends.
 */
class LiveTwapRestartTest {

    private static final MovableClock NOW = new MovableClock(Instant.parse("2032-03-01T00:00:00Z"));

    /** The scheduler's clock, moved by the test; the same in both applications. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RestartClock {

        @Bean
        @Primary
        Clock restartClock() {
            return NOW;
        }
    }

    private ConfigurableApplicationContext running;

    @BeforeAll
    static void openProbe() {
        BybitVenueTest.openProbe();
    }

    @AfterEach
    void stopApplication() {
        if (running != null) {
            running.close();
        }
    }

    /** One execution application, as a deployment starts it, with the Bybit scenarios' settings. */
    private static ConfigurableApplicationContext startExecution() {
        Map<String, Object> properties = new HashMap<>(infrastructure.propertiesFor("execution"));
        properties.putAll(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("quorum.execution.venue", "bybit"),
                Map.entry("quorum.bybit.base-url", fake.baseUrl()),
                Map.entry("quorum.bybit.timeout", "PT2S"),
                Map.entry("quorum.bybit.first-backoff", "PT0.05S"),
                Map.entry("quorum.bybit.fill-poll", "PT0.3S"),
                Map.entry("quorum.bybit.reconcile-retry", "PT0.3S"),
                Map.entry("quorum.bybit.wallet-poll", "PT0.3S"),
                Map.entry("quorum.bybit.reconcile-interval", "PT10M"),
                Map.entry("quorum.execution.twap.live-poll", "PT0.2S")));
        // as command-line arguments: above execution.yml, as a deployment's environment is
        return ExecutionApplication.application()
                .sources(BybitVenueTest.TestAccounts.class, RestartClock.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    @Test
    void aRunStoppedWithTheApplicationResumesInAFreshOneWithNoSliceSentTwice() {
        UserId user = userWithAccount("10000");
        FakeBybitAccount account = fake.account(keyOf(user));
        BotId bot = BotId.random();
        Instant start = NOW.instant();
        running = startExecution();

        // a market TWAP of 0.006 in three slices, 10 s apart by the scheduler's clock
        Envelope<OrderApproved> approval = approval(user, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.006"), 3, false)
                .asTwap(new TwapSpec(30, 3)));
        BybitVenueTest.probe.publish(approval);
        ClientOrderId parent = approval.payload().clientOrderId();
        await().atMost(Duration.ofSeconds(120)).until(() -> account.order(parent.slice(1).value()).isPresent());
        account.fill(parent.slice(1).value(), new BigDecimal("60000.0"));
        awaitParentFills(parent, 1);

        // the service stops mid-run; slice 2 falls due while it is down
        running.close();
        running = null;
        NOW.set(start.plusSeconds(10));
        assertThat(account.order(parent.slice(2).value())).isEmpty();

        running = startExecution();
        await().atMost(Duration.ofSeconds(120)).until(() -> account.order(parent.slice(2).value()).isPresent());
        account.fill(parent.slice(2).value(), new BigDecimal("60010.0"));
        awaitParentFills(parent, 2);
        NOW.set(start.plusSeconds(20));
        await().atMost(Duration.ofSeconds(60)).until(() -> account.order(parent.slice(3).value()).isPresent());
        account.fill(parent.slice(3).value(), new BigDecimal("60020.0"));
        awaitEnvelope(OrderFilled.class, f -> f.clientOrderId().equals(parent) && f.remaining().isZero());

        // each slice created once, under its own orderLinkId, and the slices add up to the parent
        assertThat(account.orders()).extracting(FakeBybitOrder::orderLinkId)
                .containsExactlyInAnyOrder(parent.slice(1).value(), parent.slice(2).value(), parent.slice(3).value());
        for (int n = 1; n <= 3; n++) {
            assertThat(BybitVenueTest.creates(parent.slice(n))).as("creations of slice %d", n).isEqualTo(1);
        }
        assertThat(BybitVenueTest.creates(parent)).isZero();
        assertThat(account.orders().stream().map(FakeBybitOrder::qty).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0.006");
        List<OrderFilled> fills = envelopes(OrderFilled.class, f -> f.clientOrderId().equals(parent)).stream()
                .map(Envelope::payload).toList();
        assertThat(fills).extracting(f -> f.remaining().value().stripTrailingZeros().toPlainString())
                .containsExactly("0.004", "0.002", "0");
        TwapRuns runs = running.getBean(TwapRuns.class);
        TwapRun run = runs.find(approval.payload().intentId()).orElseThrow();
        assertThat(run.status()).isEqualTo(TwapRun.Status.DONE);
        assertThat(run.filled().value()).isEqualByComparingTo("0.006");
        assertThat(runs.slicesOf(run.intentId())).extracting(TwapRuns.Slice::sentAt)
                .containsExactly(start, start.plusSeconds(10), start.plusSeconds(20));
        assertThat(running.getBean(VenueOrders.class).find(parent).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(account.positionSize(BTC.value())).isEqualByComparingTo("0.006");
    }

    private static void awaitParentFills(ClientOrderId parent, int count) {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> envelopes(OrderFilled.class, f -> f.clientOrderId().equals(parent)).size() >= count);
    }
}
