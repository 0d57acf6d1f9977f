package io.quorum.allocation.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.allocation.OneBotScenario;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntentDecisionFlowTest extends OneBotScenario {

    @Autowired
    MeterRegistry meters;

    static final Symbol BTC = Symbol.of("BTCUSDT");

    @Test
    void anIntentWithinTheBudgetIsApprovedWithItsClientOrderIdAndCommitmentSetAside() {
        reserve(user, bot, "1000");
        var order = OrderSpec.limit(BTC, Side.BUY, Price.of("50000"), Quantity.of("0.01"), 5, false);
        var intent = Envelope.originating(new OrderIntentCreated(IntentId.random(), user, bot, order, 3), MARKET_TIME);
        double approvalsBefore = approvals();

        probe.publish(intent);

        OrderApproved approved = probe.awaitEvent(OrderApproved.class, e -> e.intentId().equals(intent.payload().intentId()));
        assertThat(approved.clientOrderId()).isEqualTo(ClientOrderId.forIntent(bot, intent.payload().intentId()));
        assertThat(approved.reserved()).isEqualTo(Money.of("100.275"));
        assertThat(approved.order()).isEqualTo(order);
        assertThat(budget(user, bot).reserved()).isEqualTo(Money.of("100.275"));
        Envelope<?> decision = probe.envelopes().stream().filter(e -> e.payload().equals(approved)).findFirst().orElseThrow();
        assertThat(decision.causationId()).isEqualTo(intent.eventId());
        assertThat(decision.occurredAt()).isEqualTo(MARKET_TIME);
        await().atMost(Duration.ofSeconds(30)).until(() -> approvals() - approvalsBefore >= 1);
    }

    @Test
    void aRejectedIntentProducesOrderRejectedNamingThePolicyAndSetsNothingAside() {
        reserve(user, bot, "1000");
        var market = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 5, false);
        var tooBig = OrderSpec.limit(BTC, Side.BUY, Price.of("50000"), Quantity.of("0.2"), 5, false);
        IntentId marketIntent = IntentId.random();
        IntentId bigIntent = IntentId.random();
        double marketRejectionsBefore = rejections("MarketOrderPolicy");
        double budgetRejectionsBefore = rejections("BudgetPolicy");

        probe.publish(Envelope.originating(new OrderIntentCreated(marketIntent, user, bot, market, null), MARKET_TIME));
        probe.publish(Envelope.originating(new OrderIntentCreated(bigIntent, user, bot, tooBig, null), MARKET_TIME));

        OrderRejected rejected = probe.awaitEvent(OrderRejected.class, e -> e.intentId().equals(marketIntent));
        assertThat(rejected.policy()).isEqualTo("MarketOrderPolicy");
        assertThat(rejected.reason()).isEqualTo("market orders need a reference price");
        OrderRejected overBudget = probe.awaitEvent(OrderRejected.class, e -> e.intentId().equals(bigIntent));
        assertThat(overBudget.policy()).isEqualTo("BudgetPolicy");
        assertThat(overBudget.reason()).contains("needs 2005.5 USDT").contains("only 1000 USDT are left");
        assertThat(budget(user, bot).reserved()).isEqualTo(Money.ZERO);
        // the rejections counted per policy, the reason's free text left out of the tags
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(rejections("MarketOrderPolicy") - marketRejectionsBefore).isEqualTo(1);
            assertThat(rejections("BudgetPolicy") - budgetRejectionsBefore).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void anIntentOfABotWithoutABudgetIsRejectedByBotRunningPolicy() {
        IntentId intent = IntentId.random();
        var order = OrderSpec.limit(BTC, Side.BUY, Price.of("50000"), Quantity.of("0.01"), 5, false);

        probe.publish(Envelope.originating(new OrderIntentCreated(intent, user, bot, order, null), MARKET_TIME));

        assertThat(probe.awaitEvent(OrderRejected.class, e -> e.intentId().equals(intent)).policy()).isEqualTo("BotRunningPolicy");
    }

    @Test
    void aRedeliveredIntentIsDecidedOnce() {
        reserve(user, bot, "1000");
        var order = OrderSpec.limit(BTC, Side.BUY, Price.of("50000"), Quantity.of("0.01"), 5, false);
        var intent = Envelope.originating(new OrderIntentCreated(IntentId.random(), user, bot, order, null), MARKET_TIME);
        var marker = Envelope.originating(new OrderIntentCreated(IntentId.random(), user, bot, order, null), MARKET_TIME);

        probe.publish(intent);
        probe.publish(intent);
        probe.publish(marker);

        probe.awaitEvent(OrderApproved.class, e -> e.intentId().equals(marker.payload().intentId()));
        // one partition per user and an ordered outbox: the marker's approval arrives after any for the redelivery
        assertThat(probe.events(OrderApproved.class)).filteredOn(e -> e.intentId().equals(intent.payload().intentId())).hasSize(1);
        assertThat(budget(user, bot).reserved()).isEqualTo(Money.of("200.55"));
    }

    private double approvals() {
        return meters.find("quorum.allocation.approvals").tag("symbol", "BTCUSDT").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private double rejections(String policy) {
        var counter = meters.find("quorum.allocation.rejections").tag("policy", policy).counter();
        return counter == null ? 0 : counter.count();
    }
}
