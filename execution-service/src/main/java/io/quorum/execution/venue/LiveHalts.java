package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.execution.orders.BotClearing;
import io.quorum.execution.orders.BotHalts;
import io.quorum.execution.orders.OrderStatus;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.venue.HaltRecords.Close;
import io.quorum.execution.venue.PendingHalts.Pending;
import io.quorum.execution.venue.bybit.BybitLinearClient;
import io.quorum.execution.venue.bybit.VenueFailure;
import io.quorum.execution.venue.bybit.VenueOrderState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A halted bot leaves Bybit clean, and is reported so only once Bybit confirms it (DESIGN §4.5 "Stop means stop"). The
 * halt is kept ({@link PendingHalts}) and tried at once, then again with a growing delay until one attempt confirms it,
 * however long Bybit fails and across restarts. An attempt: in each symbol where the bot has an order open or awaiting
 * an answer (a TWAP's parent among them: its runs are ended first, see {@link LiveTwap#stopBot}), its open orders — found by its orderLinkId prefix, so other bots' orders on the same account stay, and
 * except the halt's own closing orders — are cancelled one by one until Bybit lists none of them; the fills that happened meanwhile are applied; each position
 * the fills left open is closed by a reduce-only market order, followed until its fills close the position (a close
 * Bybit ended without closing it starts a new round of closes). Only when Bybit lists none of the bot's orders and the
 * bot holds no position are its remaining orders recorded cancelled and BotOrdersCleared published
 * ({@link HaltRecords#cleared}). A halt still unconfirmed after {@code stalledAfter} attempts is told to the user once
 * (BotHaltStalled), and tried on.
 */
public final class LiveHalts implements BotClearing, SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LiveHalts.class);
    /** Bybit lists a page of open orders at a time: a grid of many levels takes several rounds. */
    private static final int ROUNDS = 20;
    /** Bybit's "order not exists or too late to cancel": the order ended meanwhile, which is what was wanted. */
    private static final int ALREADY_ENDED = 110001;
    private static final int DUE_PER_ROUND = 10;
    /** 10002: the request's timestamp fell outside Bybit's receive window. */
    private static final int TIMESTAMP_OUTSIDE_WINDOW = 10002;

    private final BybitAccounts accounts;
    private final FillPolling fills;
    private final HaltRecords records;
    private final PendingHalts pending;
    private final LivePlacement placement;
    private final LiveTwap twap;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final int stalledAfter;
    private final Clock clock;
    private final PeriodicRounds rounds;

    public LiveHalts(BybitAccounts accounts, FillPolling fills, HaltRecords records, PendingHalts pending,
                     LivePlacement placement, LiveTwap twap, LiveVenueSettings settings, Clock clock) {
        this.accounts = accounts;
        this.fills = fills;
        this.records = records;
        this.pending = pending;
        this.placement = placement;
        this.twap = twap;
        this.firstRetry = settings.haltRetry();
        Duration round = Duration.ofMillis(Math.max(100, Math.min(firstRetry.toMillis(), 1000)));
        this.rounds = new PeriodicRounds("bybit-halt-retry", round, round, this::retryDue,
                // each halt's failure is recorded with it; what is left is the database being away
                failure -> LOG.warn("retrying pending halts failed, next round soon: {}", failure.toString()));
        this.maxRetry = settings.haltRetryMax();
        this.stalledAfter = settings.haltStalledAfter();
        this.clock = clock;
    }

    /** A halt delivered (or delivered again): kept until confirmed, and tried at once. */
    @Override
    public void halt(Envelope<BotTradingHalted> halt) {
        Instant now = clock.instant();
        pending.keep(halt, now);
        pending.claim(halt.eventId(), now).ifPresent(this::attempt);
    }

    /** Tries every halt whose next attempt is due; run by the retry timer. */
    public void retryDue() {
        List<Pending> due;
        do {
            due = pending.claimDue(clock.instant(), DUE_PER_ROUND);
            due.forEach(this::attempt);
        } while (due.size() == DUE_PER_ROUND);
    }

    private void attempt(Pending halt) {
        Optional<String> unconfirmed;
        try {
            unconfirmed = clear(halt);
        } catch (RuntimeException failure) { // Bybit failing or unreachable, the database briefly away: kept, tried again
            unconfirmed = Optional.of(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        }
        if (unconfirmed.isEmpty()) {
            return;
        }
        int attempts = halt.attempts() + 1;
        Duration delay = backoff(attempts);
        LOG.warn("halt of bot {} not confirmed after attempt {}, next in {}: {}", halt.halt().payload().botId(), attempts,
                delay, unconfirmed.get());
        pending.notConfirmed(halt.id(), unconfirmed.get(), clock.instant().plus(delay));
        if (attempts >= stalledAfter && !halt.stalledAlerted()) {
            records.stalled(halt.halt(), attempts, unconfirmed.get(), clock.instant());
        }
    }

    private Duration backoff(int attempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    /** One attempt; empty when the bot is confirmed clean (and reported so), else why not yet. */
    private Optional<String> clear(Pending pendingHalt) {
        Envelope<BotTradingHalted> halt = pendingHalt.halt();
        BotId bot = halt.payload().botId();
        // the bot's TWAP runs send nothing more, and a slice on its way to Bybit is waited for, before Bybit is read
        twap.stopBot(bot, BotHalts.CANCEL_REASON);
        List<Symbol> live = records.symbolsOf(bot);
        Optional<BybitAccounts.Account> account = accounts.of(halt.payload().userId());
        if (account.isEmpty()) {
            if (live.isEmpty() && records.openPositionsOf(bot).isEmpty()) {
                records.cleared(halt); // nothing was ever left on Bybit: no order awaiting it, no position
                return Optional.empty();
            }
            return Optional.of("the user has no Bybit API key: the bot's orders and position on Bybit cannot be reached");
        }
        BybitLinearClient venue = account.get().client();
        try {
            return clearOn(venue, pendingHalt, live);
        } catch (VenueFailure failure) {
            if (failure.retCode() == TIMESTAMP_OUTSIDE_WINDOW) {
                venue.synchroniseClock(); // the next attempt stamps its requests with Bybit's time
            }
            throw failure;
        }
    }

    private Optional<String> clearOn(BybitLinearClient venue, Pending pendingHalt, List<Symbol> live) {
        Envelope<BotTradingHalted> halt = pendingHalt.halt();
        BotId bot = halt.payload().botId();
        for (Symbol symbol : live) {
            cancelUntilNoneLeft(venue, symbol, bot, closesOf(halt, symbol, pendingHalt.closeRound()));
        }
        fills.pollOnce();
        if (records.openPositionsOf(bot).isEmpty()) {
            records.cleared(halt);
            return Optional.empty();
        }
        List<String> waiting = new ArrayList<>();
        boolean nextRound = false;
        for (Close close : records.closesFor(halt, pendingHalt.closeRound())) {
            switch (close) {
                case Close.ToSend send -> {
                    placement.submit(send.submission(), halt);
                    waiting.add("closing order " + send.submission().order().clientOrderId() + " sent");
                }
                case Close.Sent sent -> {
                    Optional<String> ended = endedWithoutClosing(venue, sent.order());
                    if (ended.isPresent()) {
                        nextRound = true;
                        waiting.add(ended.get());
                    } else {
                        waiting.add("closing order " + sent.order().clientOrderId() + " not filled yet");
                    }
                }
            }
        }
        if (nextRound) {
            pending.nextCloseRound(halt.eventId());
        }
        fills.pollOnce(); // a market close usually fills at once: confirmed in this attempt if its fill is listed
        if (records.openPositionsOf(bot).isEmpty()) {
            records.cleared(halt);
            return Optional.empty();
        }
        return Optional.of("position not closed yet: " + String.join("; ", waiting));
    }

    /**
     * Whether a closing order Bybit answered has ended without closing the position: refused, or cancelled (an IOC
     * remainder) with every fill it had applied here. A close Bybit still holds, or whose fills are not all applied
     * yet, is waited for — never doubled, as a second reduce-only close on a netted account could cut into another
     * bot's share.
     */
    private Optional<String> endedWithoutClosing(BybitLinearClient venue, VenueOrder close) {
        if (close.status() == OrderStatus.REJECTED || close.status() == OrderStatus.CANCELLED) {
            return Optional.of("closing order " + close.clientOrderId() + " " + close.status().name().toLowerCase()
                    + (close.reason() == null ? "" : ": " + close.reason()));
        }
        if (close.status() == OrderStatus.FILLED) {
            return Optional.of("closing order " + close.clientOrderId() + " filled, the position still open");
        }
        Optional<VenueOrderState> atVenue = venue.orderByLinkId(close.clientOrderId());
        if (atVenue.isEmpty()) {
            return Optional.empty(); // not listed yet: looked up again next time
        }
        VenueOrderState state = atVenue.get();
        boolean ended = state.status() == VenueOrderState.Status.CANCELLED || state.status() == VenueOrderState.Status.REJECTED;
        boolean fillsApplied = state.filledQuantity().compareTo(close.filled().value()) == 0;
        return ended && fillsApplied
                ? Optional.of("closing order " + close.clientOrderId() + " ended by Bybit (" + state.status() + ") with "
                        + state.filledQuantity() + " filled")
                : Optional.empty();
    }

    /** The orderLinkIds of this halt's own closing orders in the symbol, every round so far: not to be cancelled. */
    private static Set<String> closesOf(Envelope<BotTradingHalted> halt, Symbol symbol, int rounds) {
        Set<String> closes = new HashSet<>();
        for (int round = 0; round <= rounds; round++) {
            closes.add(ClientOrderId.forIntent(halt.payload().botId(), HaltRecords.closeIntent(halt, symbol, round)).value());
        }
        return closes;
    }

    private void cancelUntilNoneLeft(BybitLinearClient venue, Symbol symbol, BotId bot, Set<String> ownCloses) {
        for (int round = 0; round < ROUNDS; round++) {
            List<VenueOrderState> open = venue.openOrders(symbol).stream()
                    .filter(order -> order.orderLinkId().startsWith(ClientOrderId.botPrefix(bot)))
                    .filter(order -> !ownCloses.contains(order.orderLinkId())).toList();
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
