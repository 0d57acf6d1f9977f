package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.WalletBalanceObserved;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.venue.bybit.VenueFailure;
import io.quorum.execution.venue.bybit.WalletBalance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reads the wallet of every user's Bybit account every {@code period} and publishes it as
 * {@link WalletBalanceObserved} through the outbox, so the allocation sizes budgets by the venue's equity.
 *
 * <p>Whose wallet: every user with a key stored for the environment Quorum trades on, and every user who has
 * placed an order here — each only if {@link BybitAccounts} gives them an account. An account several users trade on
 * (the single configured account of a demo set-up) is read once a round and its whole equity is published to each
 * of them: each user's budgets then stay within that equity, but together they may claim it more than once — the
 * shared account is a one-operator set-up. A user on the configured account who never placed an order is not known
 * here yet, and stays on the allocation's paper balance until their first order.
 */
public final class WalletPolling implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WalletPolling.class);

    private final BybitAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Outbox outbox;
    private final String venue;
    private final String keyVenue;
    private final Clock clock;
    private final Duration period;
    private final PeriodicRounds rounds;

    /**
     * @param venue    the name the events carry ({@code bybit-demo}, {@code bybit-testnet}, {@code bybit-mainnet})
     * @param keyVenue which stored keys count ({@code DEMO}, {@code TESTNET}, {@code MAINNET})
     */
    public WalletPolling(BybitAccounts accounts, JdbcClient jdbc, TransactionOperations transactions, Outbox outbox,
                         String venue, String keyVenue, Duration period, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.venue = venue;
        this.keyVenue = keyVenue;
        this.period = period;
        this.rounds = new PeriodicRounds("bybit-wallet-poll", Duration.ZERO, period, this::pollOnce,
                // a failed round publishes nothing for the accounts it could not read; the allocation keeps the last equity
                failure -> LOG.warn("reading Bybit wallets failed, next round in {}: {}", period, failure.toString()));
        this.clock = clock;
    }

    /** One round: each account read once, one event per user on it; a failed account skips its users this round. */
    public synchronized void pollOnce() {
        Map<String, Optional<WalletBalance>> read = new HashMap<>();
        for (UserId user : candidates()) {
            accounts.of(user).ifPresent(account -> read
                    .computeIfAbsent(account.credentials().apiKey(), ignored -> read(account))
                    .ifPresent(wallet -> publish(user, wallet, clock.instant())));
        }
    }

    private Optional<WalletBalance> read(BybitAccounts.Account account) {
        try {
            return Optional.of(account.client().walletBalance());
        } catch (VenueFailure failure) { // this account's users keep their last equity; the others are still read
            LOG.warn("reading a Bybit wallet failed, its users keep their last equity; next round in {}: {}", period,
                    failure.toString());
            return Optional.empty();
        }
    }

    private List<UserId> candidates() {
        return jdbc.sql("""
                        select user_id from api_key_sets where venue = ?
                        union
                        select distinct user_id from venue_orders
                        order by 1""")
                .param(keyVenue)
                .query((rs, n) -> new UserId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }

    private void publish(UserId user, WalletBalance wallet, Instant readAt) {
        // Bybit's equity includes unrealized PnL and may dip below zero only on a liquidated account: read as zero
        var observed = new WalletBalanceObserved(user, venue, wallet.totalEquity().max(Money.ZERO),
                wallet.availableBalance().max(Money.ZERO));
        transactions.executeWithoutResult(status -> outbox.add(Envelope.originating(observed, readAt)));
    }

    @Override
    public void start() {
        rounds.start();
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }
}
