package io.quorum.execution.twap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.execution.ExecutionServiceTest;
import io.quorum.execution.orders.BotHalts;
import io.quorum.execution.orders.VenueOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * TWAP on the paper venue, over real Kafka and PostgreSQL: slices fill over event time (ticks), one order fills in
 * parts, a restart of the consumers resumes the run without a second slice, a halt cancels the rest, and a redelivered
 * approval starts one run.
 */
class TwapFlowTest extends ExecutionServiceTest {

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();

    @Autowired
    TwapRuns runs;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    VenueOrders orders;

    private static List<OrderFilled> fillsOf(IntentId intent) {
        return envelopes(OrderFilled.class, f -> f.intentId().equals(intent)).stream().map(Envelope::payload).toList();
    }

    private static List<OrderFilled> awaitFills(IntentId intent, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> fillsOf(intent), fills -> fills.size() >= count);
    }

    /** Event time at or after {@code at}, moving the shared clock there so no later scenario ticks in the past. */
    private static Instant advanceTo(Instant at) {
        Instant t = now();
        while (t.isBefore(at)) {
            t = now();
        }
        return t;
    }

    private TwapRun run(IntentId intent) {
        return runs.find(intent).orElseThrow();
    }

    private Envelope<OrderApproved> approve(OrderSpec spec, Instant at) {
        Envelope<OrderApproved> approval = approval(user, bot, spec, at);
        probe.publish(approval);
        return approval;
    }

    /** Decisions are keyed by user: once a later approval of the same user is placed, everything before it was handled. */
    private void awaitDecisionsHandled() {
        var sentinel = approval(user, BotId.random(), OrderSpec.limit(BTC, Side.BUY, Price.of("1000"), Quantity.of("0.01"), 1,
                false), now());
        probe.publish(sentinel);
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(sentinel.payload().intentId()));
    }

    /**
     * An approval the allocation marked to be sliced by its size ({@code twapBySize}: it priced the market order from the
     * book at or above the threshold) is a TWAP of the configured shape on paper too, whatever the last price says.
     */
    @Test
    void aMarketOrderTheAllocationMarkedTwapBySizeIsSlicedIntoTheConfiguredShape() {
        tick("60000", now());
        Instant start = now();
        OrderSpec spec = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.5"), 2, false); // 30 030 USDT: below 1 000 000
        IntentId intent = IntentId.random();
        probe.publish(Envelope.originating(new OrderApproved(intent, user, bot, ClientOrderId.forIntent(bot, intent), spec,
                Money.of("15100"), null, Money.of("16.5"), java.math.BigDecimal.ONE,
                io.quorum.contracts.orders.SlippageBasis.BOOK, true), start));

        OrderFilled first = awaitFills(intent, 1).getFirst();
        assertThat(first.quantity()).isEqualTo(Quantity.of("0.1")); // the configured 5 slices
        assertThat(first.remaining()).isEqualTo(Quantity.of("0.4"));
        TwapRun run = run(intent);
        assertThat(run.status()).isEqualTo(TwapRun.Status.RUNNING);
        assertThat(run.plan().slices()).isEqualTo(5);
        assertThat(runs.slicesOf(intent)).extracting(TwapRuns.Slice::clientOrderId)
                .containsExactly(ClientOrderId.forIntent(bot, intent).slice(1));

        probe.publish(Envelope.originating(new BotTradingHalted(user, bot), now()));
        awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(run(intent).status()).isEqualTo(TwapRun.Status.CANCELLED);
    }

    @Test
    void aTwapOrderFillsInSlicesOverEventTimeAsOneOrderFillingInParts() {
        tick("60000", now());
        Instant start = now();
        OrderSpec spec = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.5"), 2, false).asTwap(new TwapSpec(300, 5));
        IntentId intent = approve(spec, start).payload().intentId();
        ClientOrderId parentId = ClientOrderId.forIntent(bot, intent);

        OrderFilled first = awaitFills(intent, 1).getFirst();
        assertThat(first.quantity()).isEqualTo(Quantity.of("0.1"));
        assertThat(first.remaining()).isEqualTo(Quantity.of("0.4"));
        assertThat(first.price()).isEqualTo(Price.of("60030")); // 60000 + 0.05 % slippage
        assertThat(first.liquidity()).isEqualTo(Liquidity.TAKER);

        // half an interval later nothing is due yet
        tick("60100", start.plusSeconds(30));
        assertThat(run(intent).slicesSent()).isEqualTo(1);

        String[] ticks = {"60200", "60400", "60600", "60800"};
        for (int i = 0; i < ticks.length; i++) {
            Envelope<TickObserved> tick = tick(ticks[i], now()); // start + 60 s × (i + 1): slice i + 2 is due
            OrderFilled fill = awaitFills(intent, i + 2).get(i + 1);
            assertThat(envelopes(OrderFilled.class, f -> f.equals(fill)).getFirst().causationId()).isEqualTo(tick.eventId());
        }

        List<OrderFilled> fills = fillsOf(intent);
        assertThat(fills).extracting(OrderFilled::remaining).containsExactly(Quantity.of("0.4"), Quantity.of("0.3"),
                Quantity.of("0.2"), Quantity.of("0.1"), Quantity.ZERO);
        assertThat(fills).extracting(OrderFilled::price).containsExactly(Price.of("60030"), Price.of("60230.1"),
                Price.of("60430.2"), Price.of("60630.3"), Price.of("60830.4"));
        assertThat(fills).allSatisfy(fill -> {
            assertThat(fill.clientOrderId()).isEqualTo(parentId);
            assertThat(fill.order()).isEqualTo(spec); // the order as approved, TWAP shape included, from intent to fill
            assertThat(fill.quantity()).isEqualTo(Quantity.of("0.1"));
        });
        assertThat(envelopes(OrderPlaced.class, p -> p.intentId().equals(intent))).hasSize(1);

        TwapRun done = run(intent);
        assertThat(done.status()).isEqualTo(TwapRun.Status.DONE);
        assertThat(done.slicesSent()).isEqualTo(5);
        assertThat(done.filled()).isEqualTo(Quantity.of("0.5"));
        assertThat(done.nextDueAt()).isNull();
        assertThat(runs.slicesOf(intent)).extracting(TwapRuns.Slice::clientOrderId)
                .containsExactly(parentId.slice(1), parentId.slice(2), parentId.slice(3), parentId.slice(4), parentId.slice(5))
                .allSatisfy(id -> assertThat(id.belongsTo(bot)).isTrue());
        assertThat(runs.slicesOf(intent)).extracting(TwapRuns.Slice::fee)
                .containsExactlyElementsOf(fills.stream().map(OrderFilled::fee).toList());
        assertThat(jdbc.sql("select status from venue_orders where intent_id = ?").param(intent.value())
                .query(String.class).single()).isEqualTo("FILLED");
        assertThat(jdbc.sql("select filled_qty from venue_orders where intent_id = ?").param(intent.value())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("0.5");
        assertThat(jdbc.sql("select count(*) from fills where intent_id = ?").param(intent.value())
                .query(Long.class).single()).isEqualTo(5);
        await().atMost(Duration.ofSeconds(60)).until(() -> envelopes(PositionChanged.class, p -> p.botId().equals(bot)).size() == 5);
        PositionChanged position = envelopes(PositionChanged.class, p -> p.botId().equals(bot)).getLast().payload();
        assertThat(position.side()).isEqualTo(PositionSide.LONG);
        assertThat(position.size()).isEqualTo(Quantity.of("0.5"));
        Money fees = fills.stream().map(OrderFilled::fee).reduce(Money.ZERO, Money::plus);
        assertThat(position.feesPaid()).isEqualTo(fees);

        tick("61000", advanceTo(now().plusSeconds(600)));
        assertThat(jdbc.sql("select count(*) from twap_slices where intent_id = ?").param(intent.value())
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void anOrderAboveTheNotionalIsSlicedAndStoppingTheBotCancelsTheRestAndSendsNoMoreSlices() {
        tick("60000", now());
        Instant start = now();
        // 17 × 60000 = 1 020 000 USDT reaches the default threshold of 1 000 000: 5 slices over 10 minutes
        IntentId intent = approve(OrderSpec.market(BTC, Side.BUY, Quantity.of("17"), 2, false), start).payload().intentId();

        OrderFilled first = awaitFills(intent, 1).getFirst();
        assertThat(first.quantity()).isEqualTo(Quantity.of("3.4"));
        assertThat(first.remaining()).isEqualTo(Quantity.of("13.6"));
        assertThat(run(intent).plan().interval()).isEqualTo(Duration.ofMinutes(2));

        tick("60000", now()); // start + 60 s: slice 2 is due at start + 120 s
        assertThat(run(intent).slicesSent()).isEqualTo(1);
        tick("60000", now()); // start + 120 s
        assertThat(awaitFills(intent, 2).get(1).remaining()).isEqualTo(Quantity.of("10.2"));

        Envelope<BotTradingHalted> halt = Envelope.originating(new BotTradingHalted(user, bot), now());
        probe.publish(halt);

        BotOrdersCleared cleared = awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot)).payload();
        assertThat(cleared.cancelled()).isEqualTo(1);
        OrderCancelled rest = awaitEnvelope(OrderCancelled.class, c -> c.intentId().equals(intent)).payload();
        assertThat(rest.unfilled()).isEqualTo(Quantity.of("10.2"));
        assertThat(rest.reason()).isEqualTo(BotHalts.CANCEL_REASON);
        TwapRun cancelled = run(intent);
        assertThat(cancelled.status()).isEqualTo(TwapRun.Status.CANCELLED);
        assertThat(cancelled.slicesSent()).isEqualTo(2);
        assertThat(cancelled.filled()).isEqualTo(Quantity.of("6.8"));
        // the stop closes what the two slices bought
        IntentId closeIntent = IntentId.derive(bot.toString(), "stop-close", halt.eventId().toString());
        OrderFilled close = awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(closeIntent)).payload();
        assertThat(close.quantity()).isEqualTo(Quantity.of("6.8"));
        assertThat(close.order().reduceOnly()).isTrue();

        // later ticks, past every due time, send nothing more
        tick("60000", now());
        tick("60000", advanceTo(now().plusSeconds(600)));
        assertThat(jdbc.sql("select count(*) from twap_slices where intent_id = ?").param(intent.value())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(fillsOf(intent)).hasSize(2);
        assertThat(jdbc.sql("select status from venue_orders where intent_id = ?").param(intent.value())
                .query(String.class).single()).isEqualTo("CANCELLED");
        for (int i = 0; i < 12; i++) {
            }
    }

    @Test
    void afterTheConsumersRestartMidRunTheRunResumesAndARedeliveredTickSendsNoSecondSlice() {
        tick("60000", now());
        Instant start = now();
        OrderSpec spec = OrderSpec.market(BTC, Side.SELL, Quantity.of("0.03"), 1, false).asTwap(new TwapSpec(180, 3));
        IntentId intent = approve(spec, start).payload().intentId();
        awaitFills(intent, 1);

        listeners.stop();
        Envelope<TickObserved> due;
        try {
            due = Envelope.originating(new TickObserved(BTC, Price.of("59000")), now()); // start + 60 s: slice 2
            probe.publish(due);
            probe.publish(due);
            assertThat(run(intent).slicesSent()).isEqualTo(1);
        } finally {
            listeners.start();
        }
        OrderFilled second = awaitFills(intent, 2).get(1);
        assertThat(second.remaining()).isEqualTo(Quantity.of("0.01"));
        assertThat(second.price()).isEqualTo(Price.of("58970.5")); // 59000 − 0.05 %, on the tick below

        // the same tick again, after the restart: already processed, no second slice 2
        probe.publish(due);
        tick("59000", start.plusSeconds(90)); // not yet due (start + 120 s)
        assertThat(run(intent).slicesSent()).isEqualTo(2);
        assertThat(jdbc.sql("select slice_no from twap_slices where intent_id = ? order by slice_no")
                .param(intent.value()).query(Integer.class).list()).containsExactly(1, 2);

        tick("59500", now()); // start + 120 s: the last slice
        OrderFilled last = awaitFills(intent, 3).get(2);
        assertThat(last.remaining()).isEqualTo(Quantity.ZERO);
        assertThat(run(intent).status()).isEqualTo(TwapRun.Status.DONE);
        assertThat(fillsOf(intent)).hasSize(3);
    }

    @Test
    void aLimitTwapNeverRestsAndEachSliceWaitsForATickAtOrBetterThanItsLimit() {
        tick("60000", now());
        Instant start = now();
        OrderSpec spec = OrderSpec.limit(BTC, Side.BUY, Price.of("59000"), Quantity.of("0.3"), 2, false)
                .asTwap(new TwapSpec(180, 3));
        IntentId intent = approve(spec, start).payload().intentId();
        ClientOrderId parentId = ClientOrderId.forIntent(bot, intent);

        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(intent));
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.find(intent).isPresent());
        assertThat(run(intent).slicesSent()).isZero(); // 60000 is above the limit: nothing yet
        assertThat(books.contains(BTC, parentId)).isFalse();
        assertThat(orders.openLimitOrders()).as("what a restart rebuilds the books from")
                .noneMatch(order -> order.clientOrderId().equals(parentId));

        tick("58900", now()); // start + 60 s: slice 1 (due at start) at the tick's price
        OrderFilled first = awaitFills(intent, 1).getFirst();
        assertThat(first.price()).isEqualTo(Price.of("58900"));
        assertThat(first.quantity()).isEqualTo(Quantity.of("0.1"));
        assertThat(first.remaining()).isEqualTo(Quantity.of("0.2"));
        assertThat(first.liquidity()).isEqualTo(Liquidity.TAKER);

        tick("59500", now()); // slice 2 is due, but the price is above the limit: it waits
        assertThat(run(intent).slicesSent()).isEqualTo(1);
        tick("58800", now());
        assertThat(awaitFills(intent, 2).get(1).price()).isEqualTo(Price.of("58800"));
        tick("59000", now()); // at the limit: the last slice
        OrderFilled last = awaitFills(intent, 3).get(2);
        assertThat(last.price()).isEqualTo(Price.of("59000"));
        assertThat(last.remaining()).isEqualTo(Quantity.ZERO);
        assertThat(run(intent).status()).isEqualTo(TwapRun.Status.DONE);
        assertThat(fillsOf(intent)).allSatisfy(fill -> assertThat(fill.order()).isEqualTo(spec));
    }

    @Test
    void stoppingTheBotBeforeALimitTwapsFirstSliceCancelsTheWholeOrderAndSendsNothing() {
        tick("60000", now());
        OrderSpec spec = OrderSpec.limit(BTC, Side.BUY, Price.of("59000"), Quantity.of("0.2"), 2, false)
                .asTwap(new TwapSpec(120, 2));
        IntentId intent = approve(spec, now()).payload().intentId();
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(intent));

        probe.publish(Envelope.originating(new BotTradingHalted(user, bot), now()));

        assertThat(awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot)).payload().cancelled()).isEqualTo(1);
        OrderCancelled cancelled = awaitEnvelope(OrderCancelled.class, c -> c.intentId().equals(intent)).payload();
        assertThat(cancelled.unfilled()).isEqualTo(Quantity.of("0.2"));
        assertThat(cancelled.order()).isEqualTo(spec);
        assertThat(run(intent).status()).isEqualTo(TwapRun.Status.CANCELLED);
        tick("58000", now()); // below the limit and past every due time: nothing is sent
        assertThat(runs.slicesOf(intent)).isEmpty();
        assertThat(fillsOf(intent)).isEmpty();
    }

    @Test
    void aReduceOnlySliceWithNoPositionLeftToReduceCancelsTheRest() {
        tick("60000", now());
        IntentId entry = approve(OrderSpec.market(BTC, Side.BUY, Quantity.of("0.03"), 1, false), now()).payload().intentId();
        awaitFills(entry, 1);
        Instant start = now();
        OrderSpec close = OrderSpec.market(BTC, Side.SELL, Quantity.of("0.03"), 1, true).asTwap(new TwapSpec(180, 3));
        IntentId twap = approve(close, start).payload().intentId();
        assertThat(awaitFills(twap, 1).getFirst().remaining()).isEqualTo(Quantity.of("0.02"));
        // another close takes the rest of the position before slice 2 is due
        IntentId other = approve(OrderSpec.market(BTC, Side.SELL, Quantity.of("0.02"), 1, true), start.plusSeconds(10))
                .payload().intentId();
        awaitFills(other, 1);

        Envelope<TickObserved> due = tick("60000", now()); // start + 60 s: slice 2 is due

        OrderCancelled rest = awaitEnvelope(OrderCancelled.class, c -> c.intentId().equals(twap)).payload();
        assertThat(rest.unfilled()).isEqualTo(Quantity.of("0.02"));
        assertThat(rest.reason()).startsWith("reduce-only TWAP slice 2 of 0.01 no longer faces the bot's FLAT position");
        assertThat(envelopes(OrderCancelled.class, c -> c.intentId().equals(twap)).getFirst().causationId())
                .isEqualTo(due.eventId());
        TwapRun run = run(twap);
        assertThat(run.status()).isEqualTo(TwapRun.Status.CANCELLED);
        assertThat(run.slicesSent()).isEqualTo(1);
        assertThat(fillsOf(twap)).hasSize(1);
    }

    @Test
    void aRedeliveredApprovalStartsOneRun() {
        tick("60000", now());
        OrderSpec spec = OrderSpec.market(BTC, Side.BUY, Quantity.of("0.02"), 1, false).asTwap(new TwapSpec(600, 2));
        Envelope<OrderApproved> approval = approve(spec, now());
        probe.publish(approval);
        probe.publish(Envelope.originating(approval.payload(), now()));
        awaitDecisionsHandled();

        IntentId intent = approval.payload().intentId();
        assertThat(envelopes(OrderPlaced.class, p -> p.intentId().equals(intent))).hasSize(1);
        assertThat(fillsOf(intent)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from twap_runs where intent_id = ?").param(intent.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(runs.slicesOf(intent)).hasSize(1);
        probe.publish(Envelope.originating(new BotTradingHalted(user, bot), now()));
        awaitEnvelope(BotOrdersCleared.class, c -> c.botId().equals(bot));
        assertThat(run(intent).status()).isEqualTo(TwapRun.Status.CANCELLED);
    }
}
