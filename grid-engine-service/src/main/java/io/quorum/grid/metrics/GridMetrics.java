package io.quorum.grid.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.orders.Side;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The grid engine's activity: order intents it created ({@code quorum_order_intents_total}, bot kind
 * {@code grid}, per side), fills its grids took ({@code quorum_grid_fills_total}), buy-sell cycles completed
 * ({@code quorum_grid_cycles_total}), stop-loss or take-profit exits ({@code quorum_grid_exits_total}) and the
 * grids following the market ({@code quorum_grid_live}, WAITING or ACTIVE). Each count is taken once the
 * transaction that wrote the grid and its events commits, so a rolled-back or redelivered event counts nothing.
 */
public class GridMetrics {

    private final Map<Side, Counter> intents = new EnumMap<>(Side.class);
    private final Map<Side, Counter> fills = new EnumMap<>(Side.class);
    private final Counter cycles;
    private final Counter exits;

    public GridMetrics(MeterRegistry registry, JdbcClient jdbc) {
        for (Side side : Side.values()) {
            intents.put(side, Counter.builder("quorum.order.intents")
                    .description("Order intents created by bots").tag("bot_kind", "grid")
                    .tag("side", side.name().toLowerCase()).register(registry));
            fills.put(side, Counter.builder("quorum.grid.fills")
                    .description("Fills applied to grid levels").tag("side", side.name().toLowerCase()).register(registry));
        }
        cycles = Counter.builder("quorum.grid.cycles").description("Grid buy-sell cycles completed").register(registry);
        exits = Counter.builder("quorum.grid.exits")
                .description("Grids that reached their stop-loss or take-profit and asked for their bot to stop")
                .register(registry);
        Gauge.builder("quorum.grid.live", jdbc, GridMetrics::liveGrids)
                .description("Grids following the market (WAITING or ACTIVE)").register(registry);
    }

    public void intentCreated(Side side) {
        afterCommit(intents.get(side)::increment);
    }

    public void fillApplied(Side side, boolean completedCycle) {
        afterCommit(() -> {
            fills.get(side).increment();
            if (completedCycle) {
                cycles.increment();
            }
        });
    }

    public void exitTriggered() {
        afterCommit(exits::increment);
    }

    private static double liveGrids(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from grids where status in ('ACTIVE', 'WAITING')").query(Long.class).single();
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
