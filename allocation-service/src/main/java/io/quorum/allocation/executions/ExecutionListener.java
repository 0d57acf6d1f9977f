package io.quorum.allocation.executions;

import io.quorum.allocation.lifecycle.BotStops;
import io.quorum.allocation.platform.Envelopes;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.WalletBalanceObserved;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Hands what happened at the venue to the bookkeeping; a cleared bot to the stop flow; the venue's wallet to the
 * user's equity. Placements change no money.
 */
public class ExecutionListener {

    private final ExecutionBookkeeping bookkeeping;
    private final BotStops stops;
    private final WalletObservations wallets;

    public ExecutionListener(ExecutionBookkeeping bookkeeping, BotStops stops, WalletObservations wallets) {
        this.bookkeeping = bookkeeping;
        this.stops = stops;
        this.wallets = wallets;
    }

    @KafkaListener(topics = Topics.EXECUTIONS_NAME)
    void on(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case OrderFilled ignored -> bookkeeping.filled(Envelopes.as(envelope, OrderFilled.class));
            case OrderCancelled ignored -> bookkeeping.cancelled(Envelopes.as(envelope, OrderCancelled.class));
            case OrderRejectedByVenue ignored -> bookkeeping.refusedByVenue(Envelopes.as(envelope, OrderRejectedByVenue.class));
            case BotOrdersCleared ignored -> stops.release(Envelopes.as(envelope, BotOrdersCleared.class));
            case WalletBalanceObserved ignored -> wallets.observed(Envelopes.as(envelope, WalletBalanceObserved.class));
            default -> {
            }
        }
    }
}
