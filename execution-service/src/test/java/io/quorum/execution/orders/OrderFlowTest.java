package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderFlowTest extends ExecutionServiceTest {

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();

    @Autowired
    private MeterRegistry meters;

    private Envelope<OrderApproved> approve(OrderSpec spec, Instant at) {
        Envelope<OrderApproved> approval = approval(user, bot, spec, at);
        probe.publish(approval);
        return approval;
    }

    @Test
    void anApprovedLimitBuyRestsThenFillsAtItsLimitAsMakerWhenATickCrossesIt() {
        tick("60000", now());
        var approval = approve(OrderSpec.limit(BTC, Side.BUY, Price.of("59000"), Quantity.of("0.01"), 3, false), now());
        var intent = approval.payload().intentId();

        var placed = awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(intent));
        assertThat(placed.causationId()).isEqualTo(approval.eventId());
        assertThat(placed.occurredAt()).isEqualTo(approval.occurredAt());
        assertThat(placed.payload().venue()).isEqualTo("paper");

        tick("59500", now());
        Envelope<TickObserved> crossing = tick("58900", now());

        var filled = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(intent));
        assertThat(filled.occurredAt()).isEqualTo(crossing.occurredAt());
        assertThat(filled.causationId()).isEqualTo(crossing.eventId());
        assertThat(filled.payload().price()).isEqualTo(Price.of("59000"));
        assertThat(filled.payload().liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(filled.payload().fee()).isEqualTo(Money.of("0.118"));
        assertThat(filled.payload().remaining()).isEqualTo(Quantity.ZERO);

        var position = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot));
        assertThat(position.payload().side()).isEqualTo(PositionSide.LONG);
        assertThat(position.payload().size()).isEqualTo(Quantity.of("0.01"));
        assertThat(position.payload().entryPrice()).isEqualTo(Price.of("59000"));
        assertThat(position.payload().leverage()).isEqualTo(3);
        assertThat(position.payload().feesPaid()).isEqualTo(Money.of("0.118"));
        assertThat(books.contains(BTC, placed.payload().clientOrderId())).isFalse();
        assertThat(envelopes(OrderFilled.class, f -> f.intentId().equals(intent))).hasSize(1);
    }

    /**
     * The meters follow the orders: placed and filled per venue, symbol, side and type; the fill's latency from the
     * approval's event time (the decision) to the crossing tick's; the closing fill's realized profit and the fees.
     * Other tests' resting orders may fill on these ticks too, hence at least.
     */
    @Test
    void placementsFillsTheirLatencyAndRealizedProfitAreCountedPerVenue() {
        double placedBefore = counted("quorum.orders.placed", "limit", "buy");
        double filledBefore = counted("quorum.orders.filled", "limit", "buy");
        long latenciesBefore = latencies().stream().mapToLong(Timer::count).sum();
        double waitedBefore = latencies().stream().mapToDouble(timer -> timer.totalTime(TimeUnit.SECONDS)).sum();
        double profitBefore = money("quorum.realized.profit");
        double lossBefore = money("quorum.realized.loss");
        double feesBefore = money("quorum.fees");

        tick("60000", now());
        Instant decidedAt = now();
        var buy = approve(OrderSpec.limit(BTC, Side.BUY, Price.of("59000"), Quantity.of("0.01"), 1, false), decidedAt);
        // rests first: an approval read after the crossing tick would be marketable and fill at that tick's price
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(buy.payload().intentId()));
        tick("59500", now());
        Envelope<TickObserved> crossing = tick("58900", now());
        awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(buy.payload().intentId()));
        var close = approve(OrderSpec.market(BTC, Side.SELL, Quantity.of("0.01"), 1, true), now());
        awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(close.payload().intentId()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(counted("quorum.orders.placed", "limit", "buy") - placedBefore).isGreaterThanOrEqualTo(1);
            assertThat(counted("quorum.orders.filled", "limit", "buy") - filledBefore).isGreaterThanOrEqualTo(1);
            assertThat(latencies().stream().mapToLong(Timer::count).sum() - latenciesBefore).isGreaterThanOrEqualTo(1);
            // sold at the last price less the paper slippage, 58,900 − 29.45: (58,870.55 − 59,000) × 0.01 = −1.2945
            assertThat(money("quorum.realized.loss") - lossBefore).isGreaterThanOrEqualTo(1.2945);
            assertThat(money("quorum.fees") - feesBefore).isGreaterThan(0);
        });
        assertThat(latencies().stream().mapToDouble(timer -> timer.totalTime(TimeUnit.SECONDS)).sum() - waitedBefore)
                .isGreaterThanOrEqualTo(Duration.between(decidedAt, crossing.occurredAt()).toSeconds());
        assertThat(money("quorum.realized.profit")).isGreaterThanOrEqualTo(profitBefore);
    }

    @Test
    void aMarketBuyFillsAtOnceAtTheLastPricePlusSlippageAsTaker() {
        tick("60000", now());
        var approval = approve(OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 1, false), now());

        var filled = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(approval.payload().intentId()));

        assertThat(filled.payload().price()).isEqualTo(Price.of("60030"));
        assertThat(filled.payload().liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(filled.payload().fee()).isEqualTo(Money.of("0.330165"));
        assertThat(filled.occurredAt()).isEqualTo(approval.occurredAt());
        assertThat(filled.causationId()).isEqualTo(approval.eventId());
    }

    @Test
    void aMarketableLimitSellFillsAtOnceAtTheLastPriceAsTaker() {
        tick("60000", now());
        var approval = approve(OrderSpec.limit(BTC, Side.SELL, Price.of("59000"), Quantity.of("0.01"), 1, false), now());

        var filled = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(approval.payload().intentId()));

        assertThat(filled.payload().price()).isEqualTo(Price.of("60000"));
        assertThat(filled.payload().liquidity()).isEqualTo(Liquidity.TAKER);
        var position = awaitEnvelope(PositionChanged.class, p -> p.botId().equals(bot));
        assertThat(position.payload().side()).isEqualTo(PositionSide.SHORT);
    }

    @Test
    void aMarketOrderBeforeAnyPriceIsRejectedByTheVenue() {
        double refusedBefore = meters.find("quorum.orders.rejected.by.venue").tag("venue", "paper").counters().stream()
                .mapToDouble(Counter::count).sum();
        var approval = approve(OrderSpec.market(NEVER_TICKED, Side.BUY, Quantity.of("0.01"), 1, false), now());

        var rejected = awaitEnvelope(OrderRejectedByVenue.class, r -> r.intentId().equals(approval.payload().intentId()));

        assertThat(rejected.payload().reason()).isEqualTo("no market price yet for ETHUSDT");
        assertThat(rejected.causationId()).isEqualTo(approval.eventId());
        assertThat(envelopes(OrderPlaced.class, p -> p.intentId().equals(approval.payload().intentId()))).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.find("quorum.orders.rejected.by.venue")
                .tag("venue", "paper").counters().stream().mapToDouble(Counter::count).sum() - refusedBefore >= 1);
    }

    @Test
    void anOrderNeverFillsOnATickThatHappenedBeforeItWasPlaced() {
        tick("60000", now());
        Instant earlierTickTime = now();
        Instant placedAt = now();
        var approval = approve(OrderSpec.limit(BTC, Side.BUY, Price.of("59000"), Quantity.of("0.01"), 1, false), placedAt);
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(approval.payload().intentId()));

        tick("58000", earlierTickTime);
        Envelope<TickObserved> later = tick("58000", now());

        var filled = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(approval.payload().intentId()));
        assertThat(filled.occurredAt()).isEqualTo(later.occurredAt());
    }

    @Test
    void aTickOlderThanTheLastProcessedOneIsIgnored() {
        Instant placedAt = now();
        Instant stale = now();
        tick("60000", now());
        var approval = approve(OrderSpec.limit(BTC, Side.BUY, Price.of("55000"), Quantity.of("0.01"), 1, false), placedAt);
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(approval.payload().intentId()));

        probe.publish(Envelope.originating(new TickObserved(BTC, Price.of("50000")), stale));
        Envelope<TickObserved> fresh = tick("54000", now());

        var filled = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(approval.payload().intentId()));
        assertThat(filled.occurredAt()).isEqualTo(fresh.occurredAt());
        assertThat(marks.of(BTC).orElseThrow().lastPrice()).isEqualTo(Price.of("54000"));
    }

    private double counted(String name, String type, String side) {
        return meters.find(name).tag("venue", "paper").tag("symbol", "BTCUSDT").tag("type", type).tag("side", side)
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private Collection<Timer> latencies() {
        return meters.find("quorum.fill.latency").tag("venue", "paper").tag("symbol", "BTCUSDT").tag("type", "limit").timers();
    }

    private double money(String name) {
        return meters.find(name).tag("venue", "paper").tag("symbol", "BTCUSDT").counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
