package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.execution.orders.PositionProtection;
import io.quorum.execution.positions.Protection;
import io.quorum.execution.venue.bybit.OrderGateway.Setting;
import java.util.Optional;

/**
 * Moves a live position's stop-loss and take-profit on Bybit: {@code /v5/position/trading-stop} on the user's account
 * for the symbol (tpslMode Full, positionIdx 0 — the whole one-way position), with the placement's retries and error
 * classes, no transaction open during the call; then a PositionChanged with the levels as on paper
 * ({@link ProtectionRecords}). A take-profit left out of the request removes the one Bybit holds.
 */
public final class LiveProtection implements PositionProtection {

    private final ProtectionRecords records;
    private final BybitAccounts accounts;

    public LiveProtection(ProtectionRecords records, BybitAccounts accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    @Override
    public void request(Envelope<PositionProtectionRequested> envelope) {
        Optional<Protection> levels = records.toSend(envelope);
        if (levels.isEmpty()) {
            return;
        }
        PositionProtectionRequested request = envelope.payload();
        Protection requested = levels.get();
        Optional<BybitAccounts.Account> account = accounts.of(request.userId());
        if (account.isEmpty()) {
            records.notTaken(envelope, "the user has no Bybit API key", true);
            return;
        }
        Setting outcome = account.get().gateway().set("trading-stop on " + request.symbol(), () -> account.get().client()
                .protectPosition(request.symbol(), requested.stopLoss(), Optional.ofNullable(requested.takeProfit())));
        switch (outcome) {
            case Setting.Done done -> records.set(envelope, requested);
            case Setting.Refused refused -> records.notTaken(envelope, "Bybit refused it: " + refused.reason(), false);
            case Setting.KeyUnusable unusable -> records.notTaken(envelope, unusable.reason(), true);
            // Bybit may or may not hold the new levels: said so; the next request (or reconciliation) settles it
            case Setting.Unanswered unanswered -> records.notTaken(envelope,
                    "Bybit did not confirm it (" + unanswered.reason() + "), it may hold the new levels", false);
        }
    }
}
