package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.execution.orders.BotClearing;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.VenueFailure;
import io.quorum.execution.venue.bybit.VenueOrderState;
import io.quorum.execution.venue.Submissions.Submission;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A halted bot leaves Bybit clean: in each symbol it traded, its open orders — found by its orderLinkId prefix, so
 * other bots' orders on the same account stay — are cancelled one by one until Bybit lists none of them; the fills
 * that happened before are applied; each position they left open is closed by a reduce-only market order; only then
 * are the other orders recorded cancelled and BotOrdersCleared published ({@link HaltRecords}). If the venue keeps an order of the bot open, the halt fails and is delivered again: a bot is
 * never reported cleared while it still has an order on the venue.
 */
public final class LiveHalts implements BotClearing {

    /** Bybit lists a page of open orders at a time: a grid of many levels takes several rounds. */
    private static final int ROUNDS = 20;
    /** Bybit's "order not exists or too late to cancel": the order ended meanwhile, which is what was wanted. */
    private static final int ALREADY_ENDED = 110001;

    private final BybitAccounts accounts;
    private final FillPolling fills;
    private final HaltRecords records;
    private final LivePlacement placement;

    public LiveHalts(BybitAccounts accounts, FillPolling fills, HaltRecords records, LivePlacement placement) {
        this.accounts = accounts;
        this.fills = fills;
        this.records = records;
        this.placement = placement;
    }

    @Override
    public void halt(Envelope<BotTradingHalted> halt) {
        BotTradingHalted halted = halt.payload();
        Set<ClientOrderId> closing = new HashSet<>();
        accounts.of(halted.userId()).ifPresent(account -> {
            for (Symbol symbol : records.symbolsOf(halted.botId())) {
                cancelUntilNoneLeft(account.client(), symbol, halted.botId());
            }
            fills.pollOnce();
            // what the fills left open is closed at market; its fill arrives through the polling like any other
            for (Submission close : records.closesFor(halt)) {
                placement.submit(close, halt);
                closing.add(close.order().clientOrderId());
            }
        });
        records.cleared(halt, closing);
    }

    private void cancelUntilNoneLeft(BybitLinearClient venue, Symbol symbol, BotId bot) {
        for (int round = 0; round < ROUNDS; round++) {
            List<VenueOrderState> open = venue.openOrders(symbol).stream()
                    .filter(order -> order.orderLinkId().startsWith(ClientOrderId.botPrefix(bot))).toList();
            if (open.isEmpty()) {
                return;
            }
            for (VenueOrderState order : open) {
                try {
                    venue.cancel(symbol, ClientOrderId.of(order.orderLinkId()));
                } catch (VenueFailure failure) {
                    if (failure.retCode() != ALREADY_ENDED) {
                        throw failure;
                    }
                }
            }
        }
        throw new IllegalStateException("bot " + bot + " still has open orders in " + symbol + " on Bybit after "
                + ROUNDS + " rounds of cancelling");
    }
}
