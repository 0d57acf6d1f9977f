package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.venue.bybit.VenueErrorClassifier;
import io.quorum.execution.venue.bybit.VenueFailure;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link Reconciliation} for every Bybit account: at start, every {@code interval}, soon after a placement went
 * unanswered, and for an account first met through an approval. A bot does not trade until its account is reconciled:
 * until the account's first reconciliation since start has succeeded, its approvals are held ({@link HeldApprovals},
 * in the database) — not lost, not refused — and placed in arrival order right after it; a failed first reconciliation
 * is retried every {@code retry}. All runs go one after the other on one thread.
 */
public final class Reconciler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final BybitAccounts accounts;
    private final VenueOrders orders;
    private final Reconciliation reconciliation;
    private final ReconciliationRecords records;
    private final HeldApprovals held;
    private final Duration interval;
    private final Duration retry;
    private final Clock clock;
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().name("bybit-reconcile").daemon().unstarted(runnable));
    /** Accounts reconciled since start: their approvals are placed at once. */
    private final Set<String> reconciled = ConcurrentHashMap.newKeySet();
    /** Accounts met since start, by id, with a user of each (to open it again through {@link BybitAccounts}). */
    private final Map<String, UserId> met = new ConcurrentHashMap<>();
    private final Map<String, Object> gates = new ConcurrentHashMap<>();
    private final VenueErrorClassifier classifier = new VenueErrorClassifier();
    private volatile Consumer<Envelope<OrderApproved>> placement;
    private volatile BiConsumer<Envelope<OrderApproved>, String> refusal;
    private volatile boolean running;

    public Reconciler(BybitAccounts accounts, VenueOrders orders, Reconciliation reconciliation, ReconciliationRecords records,
                      HeldApprovals held, Duration interval, Duration retry, Clock clock) {
        this.accounts = accounts;
        this.orders = orders;
        this.reconciliation = reconciliation;
        this.records = records;
        this.held = held;
        this.interval = interval;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Where held approvals go once their account is reconciled, and where they are refused when Bybit refuses the
     * account's key (the live placement; set once when it is built).
     */
    public void placeHeldThrough(Consumer<Envelope<OrderApproved>> placement, BiConsumer<Envelope<OrderApproved>, String> refusal) {
        this.placement = placement;
        this.refusal = refusal;
    }

    /**
     * True when the account is reconciled and the approval may be placed now; otherwise it is held, the account's
     * reconciliation is asked for, and the approval is placed once that has succeeded.
     */
    public boolean admit(BybitAccounts.Account account, Envelope<OrderApproved> approval) {
        met.putIfAbsent(account.id(), approval.payload().userId());
        synchronized (gate(account.id())) {
            if (reconciled.contains(account.id())) {
                return true;
            }
            held.hold(account.id(), approval, clock.instant());
        }
        LOG.info("approval {} held until Bybit account {} is reconciled", approval.eventId(), account.id());
        runSoon(account.id());
        return false;
    }

    public boolean isReconciled(String account) {
        return reconciled.contains(account);
    }

    /** Asks for a run of the account on the reconciliation thread (after an unanswered placement, a held approval). */
    public void runSoon(String account) {
        runner.execute(() -> runQuietly(account));
    }

    /** Reconciles every account known now, one after the other; what the start and the interval run. */
    public void runAll() {
        for (String account : accountsNow().keySet()) {
            runQuietly(account);
        }
    }

    /** Reconciles one account now, on the caller's thread; false when it failed (already logged and recorded). */
    public synchronized boolean run(String account) {
        Map<String, Set<UserId>> all = accountsNow();
        Set<UserId> users = all.getOrDefault(account, Set.of());
        Optional<BybitAccounts.Account> opened = users.stream().findFirst().flatMap(accounts::of)
                .or(() -> Optional.ofNullable(met.get(account)).flatMap(accounts::of));
        if (opened.isEmpty()) {
            return false; // no user has a key to this account any more
        }
        records.started(account, clock.instant());
        try {
            Set<ClientOrderId> resumedByHeld = reconciled.contains(account) ? Set.of()
                    : held.of(account).stream().map(approval -> approval.payload().clientOrderId()).collect(Collectors.toSet());
            Reconciliation.Outcome outcome = reconciliation.run(opened.get(), users, resumedByHeld);
            Set<UserId> told = users.isEmpty() ? Optional.ofNullable(met.get(account)).map(Set::of).orElse(Set.of()) : users;
            records.finished(account, told, outcome.mismatches(), outcome.detail(), clock.instant());
        } catch (VenueFailure failure) {
            LOG.warn("reconciling Bybit account {} failed: {}", account, failure.toString());
            records.failed(account, failure.toString(), clock.instant());
            if (classifier.classify(failure) == VenueErrorClassifier.Handling.STOP_BOT) {
                // the key itself is refused: no reconciliation will succeed; the held orders are refused as a placement
                // with this key would be (the bot stops, the user is told), and the account stays unreconciled
                refuseHeld(account, failure.getMessage());
            } else if (!reconciled.contains(account) && running) {
                runner.schedule(() -> runQuietly(account), retry.toMillis(), TimeUnit.MILLISECONDS);
            }
            return false;
        } catch (RuntimeException failure) { // the database briefly away: each step is its own transaction, nothing half-recorded
            LOG.warn("reconciling Bybit account {} failed: {}", account, failure.toString());
            records.failed(account, failure.toString(), clock.instant());
            if (!reconciled.contains(account) && running) {
                runner.schedule(() -> runQuietly(account), retry.toMillis(), TimeUnit.MILLISECONDS);
            }
            return false;
        }
        placeHeld(account);
        return true;
    }

    private void runQuietly(String account) {
        try {
            run(account);
        } catch (RuntimeException unexpected) {
            LOG.error("reconciling Bybit account {} failed unexpectedly", account, unexpected);
        }
    }

    /**
     * Places the account's held approvals in arrival order, then opens the gate; an approval held meanwhile is placed
     * in the next round, so none overtakes another.
     */
    private void placeHeld(String account) {
        if (reconciled.contains(account)) {
            return;
        }
        while (true) {
            List<Envelope<OrderApproved>> waiting;
            synchronized (gate(account)) {
                waiting = held.of(account);
                if (waiting.isEmpty()) {
                    reconciled.add(account);
                    LOG.info("Bybit account {} reconciled: its bots trade", account);
                    return;
                }
            }
            for (Envelope<OrderApproved> approval : waiting) {
                placement.accept(approval);
                held.release(approval.eventId());
            }
        }
    }

    private void refuseHeld(String account, String why) {
        for (Envelope<OrderApproved> approval : held.of(account)) {
            refusal.accept(approval, why);
            held.release(approval.eventId());
        }
    }

    /** Every account the users Quorum knows trade on (or that an approval brought), with its users. */
    private Map<String, Set<UserId>> accountsNow() {
        Map<String, Set<UserId>> byAccount = new LinkedHashMap<>();
        Set<UserId> users = new LinkedHashSet<>(orders.usersWithHistory());
        users.addAll(met.values());
        for (UserId user : users) {
            accounts.of(user).ifPresent(account -> byAccount.computeIfAbsent(account.id(), id -> new LinkedHashSet<>()).add(user));
        }
        return byAccount;
    }

    private Object gate(String account) {
        return gates.computeIfAbsent(account, id -> new Object());
    }

    @Override
    public void start() {
        running = true;
        runner.execute(this::runAll);
        runner.scheduleWithFixedDelay(this::runAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        runner.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
