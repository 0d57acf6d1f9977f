package io.quorum.execution.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.orders.OrderSpec;
import java.time.Duration;
import java.time.Instant;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Orders at the venue and what they earned, tagged by venue ({@code paper} or {@code bybit}), symbol, side and order
 * type — never by user or bot:
 * <ul>
 * <li>{@code quorum_orders_placed_total}, {@code quorum_orders_filled_total} (one per fill, a partial fill included),
 * {@code quorum_orders_rejected_by_venue_total} (per venue only);</li>
 * <li>{@code quorum_fill_latency_seconds}: event time of the decision the order came from (the tick or the candle
 * close that made the bot want it, carried through the approval) to the fill's event time. For a market order that is
 * the pipeline's and the venue's delay; for a resting limit order it is mostly the market's time to reach the price,
 * hence the type tag;</li>
 * <li>{@code quorum_realized_profit_usdt_total}, {@code quorum_realized_loss_usdt_total} and {@code quorum_fees_usdt_total}:
 * realized PnL of closing fills split in two monotonic counters (PnL = profit − loss − fees), for dashboards only —
 * the exact figures are the positions' BigDecimals.</li>
 * </ul>
 * Every count is taken once the transaction that wrote the order or fill and its events commits.
 */
public class ExecutionMetrics {

    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1)};

    private final MeterRegistry registry;
    private final String venue;

    /** {@code venue}: where this service's fills happen ({@code quorum.execution.venue}). */
    public ExecutionMetrics(MeterRegistry registry, String venue) {
        this.registry = registry;
        this.venue = venue;
        venueRefusals(); // at zero from the start: a rate over it reads 0, not nothing
    }

    /** Every event written to this service's outbox; counts the placements and the venue's refusals once it commits. */
    public void committed(Envelope<?> event) {
        switch (event.payload()) {
            case OrderPlaced placed -> afterCommit(counter("quorum.orders.placed", "Orders the venue accepted",
                    placed.venue(), placed.order())::increment);
            case OrderRejectedByVenue rejected -> afterCommit(venueRefusals()::increment);
            default -> {
            }
        }
    }

    /** One fill of an order placed at {@code decidedAt} (event time), filled at {@code filledAt}; {@code realized} is its PnL. */
    public void filled(OrderSpec order, Instant decidedAt, Instant filledAt, Money realized, Money fee) {
        Counter fills = counter("quorum.orders.filled", "Fills at the venue", venue, order);
        Timer latency = Timer.builder("quorum.fill.latency")
                .description("Event time from the decision behind an order to its fill")
                .tag("venue", venue).tag("symbol", order.symbol().value()).tag("type", order.type().name().toLowerCase())
                .serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
        Duration waited = decidedAt == null || filledAt.isBefore(decidedAt) ? Duration.ZERO : Duration.between(decidedAt, filledAt);
        afterCommit(() -> {
            fills.increment();
            latency.record(waited);
            money("quorum.realized.profit", "Realized profit of closing fills, USDT", order).increment(Math.max(0, realized.value().doubleValue()));
            money("quorum.realized.loss", "Realized loss of closing fills, USDT", order).increment(Math.max(0, -realized.value().doubleValue()));
            money("quorum.fees", "Fees paid on fills, USDT", order).increment(fee.value().doubleValue());
        });
    }

    private Counter venueRefusals() {
        return Counter.builder("quorum.orders.rejected.by.venue").description("Orders the venue refused")
                .tag("venue", venue).register(registry);
    }

    private Counter counter(String name, String description, String venueName, OrderSpec order) {
        return Counter.builder(name).description(description).tag("venue", venueName).tag("symbol", order.symbol().value())
                .tag("side", order.side().name().toLowerCase()).tag("type", order.type().name().toLowerCase()).register(registry);
    }

    private Counter money(String name, String description, OrderSpec order) {
        return Counter.builder(name).description(description).baseUnit("usdt").tag("venue", venue)
                .tag("symbol", order.symbol().value()).register(registry);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
