package io.quorum.allocation.executions;

import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.WalletBalanceObserved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The venue's wallet becomes the user's equity (the latest by event time). A wallet that no longer covers the
 * user's budgets stops nothing: opening orders are refused by the reserved-pool policy until it recovers, and
 * the fall is logged for the operators.
 */
public class WalletObservations {

    private static final Logger log = LoggerFactory.getLogger(WalletObservations.class);

    private final Accounts accounts;

    public WalletObservations(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public void observed(Envelope<WalletBalanceObserved> envelope) {
        WalletBalanceObserved wallet = envelope.payload();
        Account account = accounts.observeVenueEquity(wallet.userId(), wallet.equity(), envelope.occurredAt());
        if (account.overCommitted()) {
            log.warn("user {}: the bots' budgets ({} USDT) exceed the equity less the reserved pool ({} of {} USDT); "
                    + "opening orders are refused until it recovers", wallet.userId(), account.allocated(),
                    account.allocatable(), account.equity());
        }
    }
}
