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
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads each account's executions ({@code execution/list}, every page) every {@code period}, for every symbol in which a
 * user of the account has an order open or awaiting Bybit's answer, and applies them through {@link LiveFills}. A cursor
 * per account and symbol ({@link FillCursors}, in the database, so a restart resumes there) — the time of the newest
 * execution settled, re-read from a margin before it — keeps the pages short; an execution read again is harmless
 * (applied once by its execId).
 */
public final class FillPolling implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FillPolling.class);
    /** Bybit stamps an execution when it happens, but may list it a little later: re-read that far back. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    /**
     * Bybit's execution list answers a start time alone with the seven days after it, and nothing at all with no time
     * with the last seven days: a cursor older than that (a first poll, or an account quiet for a week) asks for the
     * last seven days instead, so its newest executions are not cut off.
     */
    private static final Duration BYBIT_WINDOW = Duration.ofDays(7);

    private final VenueOrders orders;
    private final BybitAccounts accounts;
    private final LiveFills fills;
    private final FillCursors cursors;
    private final Clock clock;
    private final PeriodicRounds rounds;

    public FillPolling(VenueOrders orders, BybitAccounts accounts, LiveFills fills, FillCursors cursors, Duration period,
                       Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.fills = fills;
        this.cursors = cursors;
        this.rounds = new PeriodicRounds("bybit-fill-poll", period, period, this::pollOnce,
                // a failed round changes nothing (no cursor moves past an execution not applied); the next reads again
                failure -> LOG.warn("reading Bybit executions failed, next round in {}: {}", period, failure.toString()));
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
        Optional<Symbol> symbol = Optional.of(market.symbol());
        Optional<Instant> cursor = cursors.of(account.id(), symbol);
        List<VenueExecution> executions = account.client().executions(symbol, readFrom(cursor, clock.instant()));
        settle(executions, fills::apply).ifPresent(settled -> cursors.advance(account.id(), symbol, settled));
    }

    /** Where a reading from {@code cursor} starts: a margin before it inside Bybit's window, else the last seven days. */
    static Optional<Instant> readFrom(Optional<Instant> cursor, Instant now) {
        return cursor.map(settled -> settled.minus(MARGIN)).filter(from -> from.isAfter(now.minus(BYBIT_WINDOW).plus(MARGIN)));
    }

    /**
     * Applies the executions oldest first; answers the time up to which every one is settled — the cursor stops before an
     * execution whose order still awaits its placement's answer, which must be read again.
     */
    static Optional<Instant> settle(List<VenueExecution> executions, Function<VenueExecution, LiveFills.Applied> apply) {
        Instant settledUpTo = null;
        boolean blocked = false;
        for (VenueExecution execution : executions.stream().sorted(Comparator.comparing(VenueExecution::executedAt)).toList()) {
            blocked |= apply.apply(execution) == LiveFills.Applied.AWAITING_ANSWER;
            if (!blocked && (settledUpTo == null || execution.executedAt().isAfter(settledUpTo))) {
                settledUpTo = execution.executedAt();
            }
        }
        return Optional.ofNullable(settledUpTo);
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
