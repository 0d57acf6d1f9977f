package io.quorum.execution.venue;

import io.quorum.contracts.ids.Symbol;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.venue.bybit.VenueExecution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads each account's executions ({@code execution/list}) every {@code period}, for every symbol in which a user of
 * the account has an order open or awaiting Bybit's answer, and applies them through {@link LiveFills}. A cursor per
 * account and symbol — the time of the oldest execution not yet settled, less a margin — keeps the pages short;
 * an execution read again is harmless (applied once by its execId).
 */
public final class FillPolling implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FillPolling.class);
    /** Bybit stamps an execution when it happens, but may list it a little later: re-read that far back. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final int PAGE = 100;
    /**
     * Bybit's execution list answers a start time alone with the seven days after it, and nothing at all with no time
     * with the last seven days: a cursor older than that (a first poll, or an account quiet for a week) asks for the
     * last seven days instead, so its newest executions are not cut off.
     */
    private static final Duration BYBIT_WINDOW = Duration.ofDays(7);

    private final VenueOrders orders;
    private final BybitAccounts accounts;
    private final LiveFills fills;
    private final Duration period;
    private final Clock clock;
    private final Map<Market, Instant> cursors = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public FillPolling(VenueOrders orders, BybitAccounts accounts, LiveFills fills, Duration period, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.fills = fills;
        this.period = period;
        this.clock = clock;
    }

    /** One symbol on one account: what a cursor follows. */
    private record Market(String apiKey, Symbol symbol) {
    }

    /** One round over every account and symbol with live orders; also run by a stopping bot before it reports cleared. */
    public synchronized void pollOnce() {
        Map<Market, BybitAccounts.Account> markets = new LinkedHashMap<>();
        for (VenueOrders.UserSymbol live : orders.withLiveOrders()) {
            accounts.of(live.userId()).ifPresent(account ->
                    markets.putIfAbsent(new Market(account.credentials().apiKey(), live.symbol()), account));
        }
        markets.forEach(this::poll);
    }

    private void poll(Market market, BybitAccounts.Account account) {
        Instant since = cursors.getOrDefault(market, Instant.EPOCH);
        Instant from = since.equals(Instant.EPOCH) ? since : since.minus(MARGIN);
        boolean withinWindow = from.isAfter(clock.instant().minus(BYBIT_WINDOW).plus(MARGIN));
        List<VenueExecution> page = (withinWindow
                ? account.client().executionsSince(market.symbol(), from, PAGE)
                : account.client().executions(market.symbol(), PAGE)).stream()
                .sorted(Comparator.comparing(VenueExecution::executedAt)).toList();
        Instant settledUpTo = since;
        boolean blocked = false;
        for (VenueExecution execution : page) {
            LiveFills.Applied applied = fills.apply(execution);
            // the cursor stops before an execution whose order still awaits its placement's answer: it must be read again
            blocked |= applied == LiveFills.Applied.AWAITING_ANSWER;
            if (!blocked && execution.executedAt().isAfter(settledUpTo)) {
                settledUpTo = execution.executedAt();
            }
        }
        cursors.put(market, settledUpTo);
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> Thread.ofPlatform().name("bybit-fill-poll").daemon().unstarted(runnable));
        scheduler.scheduleWithFixedDelay(this::pollQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failed round changes nothing (no cursor moves past an execution not applied); the next round reads again. */
    private void pollQuietly() {
        try {
            pollOnce();
        } catch (RuntimeException failure) { // a VenueFailure, or the database briefly away
            LOG.warn("reading Bybit executions failed, next round in {}: {}", period, failure.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
