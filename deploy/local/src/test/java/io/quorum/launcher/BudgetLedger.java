package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.serde.EventJson;
import io.quorum.testkit.EventProbe;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes, from the published decisions and executions, what each bot had reserved for open
 * orders plus the margin its position holds, after every approval — and checks it never exceeds the
 * bot's budget. Events are taken in the order their records reached Kafka (one machine, one clock):
 * a fill sent before an approval may not yet have been seen by the allocation when it approved, so
 * this view is never above the allocation's own, and an approval beyond the budget in the
 * allocation's view shows up here as one beyond it too.
 */
final class BudgetLedger {

    private record Sent(long timestamp, Envelope<?> envelope) {

        /** Within one millisecond, what frees budget is counted first — the view most favourable to the allocation. */
        int releasesFirst() {
            return envelope.payload() instanceof OrderApproved ? 1 : 0;
        }
    }

    private static final class Book {
        final Map<IntentId, Money> reserved = new HashMap<>();
        final Map<IntentId, BigDecimal> reservedQuantity = new HashMap<>();
        BigDecimal position = BigDecimal.ZERO;
        Money margin = Money.ZERO;

        Money committed() {
            return reserved.values().stream().reduce(Money.ZERO, Money::plus).plus(margin);
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private final EventProbe probe;

    BudgetLedger(EventProbe probe) {
        this.probe = probe;
        for (String topic : List.of(Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME)) {
            probe.records(topic).forEach(record -> sent.add(new Sent(record.timestamp(), EventJson.read(record.value()))));
        }
        sent.sort(Comparator.comparingLong(Sent::timestamp).thenComparingInt(Sent::releasesFirst));
    }

    void assertNoBotAboveItsBudget(List<GridStressReplayTest.StressBot> bots) {
        Map<BotId, Money> budgets = new HashMap<>();
        bots.forEach(bot -> budgets.put(bot.id(), bot.budget()));
        Map<BotId, Book> books = new HashMap<>();
        int approvals = 0;
        for (Sent record : sent) {
            Event event = record.envelope().payload();
            switch (event) {
                case OrderApproved a when budgets.containsKey(a.botId()) -> {
                    Book book = books.computeIfAbsent(a.botId(), bot -> new Book());
                    book.reserved.put(a.intentId(), a.reserved());
                    book.reservedQuantity.put(a.intentId(), a.order().quantity().value());
                    approvals++;
                    assertThat(book.committed()).as("%s reserved + margin after approving %s", a.botId(), a.intentId())
                            .isLessThanOrEqualTo(budgets.get(a.botId()));
                }
                case OrderFilled f when books.containsKey(f.botId()) -> fill(books.get(f.botId()), f);
                case OrderCancelled c when books.containsKey(c.botId()) -> books.get(c.botId()).reserved.remove(c.intentId());
                case OrderRejectedByVenue r when books.containsKey(r.botId()) -> books.get(r.botId()).reserved.remove(r.intentId());
                default -> {
                }
            }
        }
        assertThat(approvals).isPositive();
    }

    private static void fill(Book book, OrderFilled fill) {
        Money reserved = book.reserved.get(fill.intentId());
        if (reserved != null) {
            if (fill.remaining().isZero()) {
                book.reserved.remove(fill.intentId());
            } else {
                BigDecimal ordered = book.reservedQuantity.get(fill.intentId());
                book.reserved.put(fill.intentId(), reserved.times(fill.remaining().value()).dividedBy(ordered));
            }
        }
        BigDecimal quantity = fill.quantity().value();
        if (fill.order().side() == Side.BUY && !fill.order().reduceOnly()) {
            book.margin = book.margin.plus(fill.notional().dividedBy(BigDecimal.valueOf(fill.order().leverage())));
            book.position = book.position.add(quantity);
        } else if (book.position.signum() > 0) {
            BigDecimal closed = quantity.min(book.position);
            book.margin = book.margin.minus(book.margin.times(closed).dividedBy(book.position));
            book.position = book.position.subtract(closed);
        }
    }

    /** Every intent of the run ends in exactly one of: rejected, filled to the end, cancelled, refused by the venue. */
    void assertEveryIntentEndedOnce() {
        Map<IntentId, Integer> terminals = new HashMap<>();
        for (Sent record : sent) {
            switch (record.envelope().payload()) {
                case OrderRejected r -> terminals.merge(r.intentId(), 1, Integer::sum);
                case OrderFilled f when f.completesOrder() -> terminals.merge(f.intentId(), 1, Integer::sum);
                case OrderCancelled c -> terminals.merge(c.intentId(), 1, Integer::sum);
                case OrderRejectedByVenue r -> terminals.merge(r.intentId(), 1, Integer::sum);
                default -> {
                }
            }
        }
        List<OrderIntentCreated> intents = probe.events(OrderIntentCreated.class);
        assertThat(intents).isNotEmpty().allSatisfy(intent ->
                assertThat(terminals.get(intent.intentId())).as("terminal events of %s", intent.intentId()).isEqualTo(1));
    }
}
