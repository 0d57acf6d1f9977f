package io.quorum.allocation.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.SlippageBasis;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The allocation's verdicts on order intents: approvals per symbol and how the order was sized against the book
 * ({@code quorum_allocation_approvals_total}), rejections per policy that refused them
 * ({@code quorum_allocation_rejections_total}; the policy names are the fixed set of rules, the free-text reason
 * stays on the event). Counted once the decision's transaction commits.
 */
public class AllocationMetrics {

    private final MeterRegistry registry;

    /** Each of {@code policies} gets its rejection series at zero from the start, so a rate over it reads 0, not nothing. */
    public AllocationMetrics(MeterRegistry registry, List<String> policies) {
        this.registry = registry;
        policies.forEach(this::rejections);
    }

    public void approved(Symbol symbol, SlippageBasis basis) {
        Counter counter = Counter.builder("quorum.allocation.approvals").description("Order intents approved")
                .tag("symbol", symbol.value()).tag("basis", basis.name().toLowerCase()).register(registry);
        afterCommit(counter::increment);
    }

    public void rejected(String policy) {
        afterCommit(rejections(policy)::increment);
    }

    private Counter rejections(String policy) {
        return Counter.builder("quorum.allocation.rejections")
                .description("Order intents rejected, per policy that refused them").tag("policy", policy).register(registry);
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
