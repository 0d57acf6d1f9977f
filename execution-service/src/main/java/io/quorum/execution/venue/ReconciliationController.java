package io.quorum.execution.venue;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.execution.VenueConfiguration;
import io.quorum.execution.platform.Callers;
import io.quorum.execution.venue.ReconciliationRecords.Mismatch;
import io.quorum.execution.venue.ReconciliationRecords.Run;
import io.quorum.execution.venue.ReconciliationRecords.Sighting;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's Bybit account as reconciliation last saw it (live venue only): whether it has been reconciled since
 * the service started (until then its bots' orders are held), the last run, the orders on it Quorum did not place, and
 * the symbols where Bybit's position differs from the sum of Quorum's bots'. Not there on the paper venue (404).
 */
@RestController
@ConditionalOnProperty(name = VenueConfiguration.VENUE, havingValue = "bybit")
public class ReconciliationController {

    /**
     * {@code account}: the account's name (a digest of its API key), null when the user has no Bybit key — then
     * nothing else is filled. {@code lastRun} null before the first run.
     */
    public record ReconciliationView(String account, boolean reconciledSinceStart, int heldApprovals, Run lastRun,
                                     List<Sighting> foreignOrders, List<Mismatch> positionMismatches) {
    }

    private final BybitAccounts accounts;
    private final Reconciler reconciler;
    private final ReconciliationRecords records;
    private final HeldApprovals held;

    public ReconciliationController(BybitAccounts accounts, Reconciler reconciler, ReconciliationRecords records,
                                    HeldApprovals held) {
        this.accounts = accounts;
        this.reconciler = reconciler;
        this.records = records;
        this.held = held;
    }

    @GetMapping("/api/reconciliation")
    public ReconciliationView reconciliation(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user) {
        return accounts.of(Callers.user(user))
                .map(account -> new ReconciliationView(account.id(), reconciler.isReconciled(account.id()),
                        held.count(account.id()), records.lastRun(account.id()).orElse(null),
                        records.foreignOrders(account.id()), records.mismatches(account.id())))
                .orElseGet(() -> new ReconciliationView(null, false, 0, null, List.of(), List.of()));
    }
}
