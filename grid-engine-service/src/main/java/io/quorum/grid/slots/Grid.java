package io.quorum.grid.slots;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.levels.PlanOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A grid bot's grid: its slots and its results. It decides which slots place orders on a tick, arms
 * at its trigger price, exits (once) at its stop-loss or take-profit, routes fills and failures to the
 * slot that owns the intent, and once exiting or stopped places nothing more (fills still arriving are
 * booked, so the stats stay true to the venue).
 */
public final class Grid {

    private static final TriggerPolicy TRIGGER = new TriggerPolicy();
    private static final ExitPolicy EXIT = new ExitPolicy();

    private final GridBot bot;
    private final GridSpec spec;
    private final Money budget;
    private final Instant startedAt;
    private final List<Slot> slots;
    private final List<FillActivity> fills = new ArrayList<>();
    private final List<GridCycleCompleted> completedCycles = new ArrayList<>();
    private GridStatus status;
    private String reason;
    private boolean armed;
    private GridStats stats;
    private Instant firstTickAt;
    private Instant endedAt;
    /** What of the grid beyond its slots the tick index last heard of; null for a grid it has not heard of. */
    private Shape indexed;

    /** The part of a grid's watch that is not its slots. */
    private record Shape(GridStatus status, boolean armed, boolean seenTick) {
    }

    private Grid(GridRecord record, List<Slot> slots) {
        this.bot = record.bot();
        this.spec = record.spec();
        this.budget = record.budget();
        this.startedAt = record.startedAt();
        this.status = record.status();
        this.reason = record.reason();
        this.armed = record.armed();
        this.stats = record.stats();
        this.firstTickAt = record.firstTickAt();
        this.endedAt = record.endedAt();
        this.slots = List.copyOf(slots);
        this.indexed = shape();
    }

    /** A new grid for a started bot; {@code firstRound} keeps intent ids of a restarted bot apart from its earlier ones. */
    public static Grid start(BotStarted started, PlanOutcome plan, int firstRound, Instant at) {
        GridBot bot = new GridBot(started.botId(), started.userId(), started.symbol(), started.leverage());
        Grid grid = switch (plan) {
            case PlanOutcome.Planned planned -> new Grid(
                    new GridRecord(bot, started.grid(), started.budget(),
                            started.grid().triggerPrice() == null ? GridStatus.ACTIVE : GridStatus.WAITING, null, false,
                            GridStats.NONE, at, null, null),
                    planned.slots().stream().map(slot -> Slot.planned(bot, slot, firstRound, at)).toList());
            case PlanOutcome.Refused refused -> new Grid(
                    new GridRecord(bot, started.grid(), started.budget(), GridStatus.CANNOT_RUN, refused.reason(), false,
                            GridStats.NONE, at, null, null), List.of());
        };
        grid.indexed = null; // a new plan: the index knows nothing of it (or an earlier run's watch)
        return grid;
    }

    public static Grid restore(GridRecord record, List<SlotRecord> slots) {
        return new Grid(record, slots.stream().map(slot -> Slot.restore(record.bot(), slot)).toList());
    }

    public GridRecord snapshot() {
        return new GridRecord(bot, spec, budget, status, reason, armed, stats, startedAt, firstTickAt, endedAt);
    }

    /**
     * A tick at or beyond the stop-loss or take-profit ends the grid: it asks once for its bot to stop and
     * places nothing more. Otherwise a waiting grid arms when the tick reaches its trigger
     * ({@link TriggerPolicy}); the arming tick places a buy on every slot below the price; afterwards a
     * waiting slot places again only when the price crosses its sell price upward ({@code previous < sell <= price}).
     */
    public TickOutcome onTick(Price previous, Price price, Instant at) {
        if (!status.isLive()) {
            return TickOutcome.NOTHING;
        }
        if (firstTickAt == null) {
            firstTickAt = at;
        }
        Optional<String> exit = EXIT.exitOn(spec, price);
        if (exit.isPresent()) {
            status = GridStatus.EXITING;
            reason = exit.get();
            endedAt = at;
            return TickOutcome.exiting(new BotStopTriggered(bot.botId(), bot.userId(), reason, price));
        }
        if (status == GridStatus.WAITING) {
            if (!TRIGGER.reached(spec.triggerPrice(), previous, price)) {
                return TickOutcome.NOTHING;
            }
            status = GridStatus.ACTIVE;
        }
        List<OrderIntentCreated> intents = new ArrayList<>();
        if (!armed) {
            armed = true;
            for (Slot slot : slots) {
                if (slot.state() == SlotState.PENDING && slot.buyPrice().isBelow(price)) {
                    intents.add(slot.placeBuy(at));
                }
            }
        } else if (previous != null) {
            for (Slot slot : slots) {
                if (slot.placesOnCrossing(previous, price)) {
                    intents.add(slot.placeOnCrossing(at));
                }
            }
        }
        return TickOutcome.placing(intents);
    }

    /** Books a fill on the slot holding the intent; a completed buy places its sell, a completed sell re-arms the buy. */
    public List<OrderIntentCreated> onFill(IntentId intent, Fill fill, Instant at) {
        Optional<Slot> holder = slotHolding(intent);
        if (holder.isEmpty()) {
            return List.of();
        }
        Slot slot = holder.get();
        boolean placing = status == GridStatus.ACTIVE;
        if (fill.side() == Side.BUY) {
            slot.buyFilled(fill, at);
            stats = stats.withBuyFill(fill);
            fills.add(new FillActivity(slot.index(), Side.BUY, at, false));
            return placing && slot.state() == SlotState.BUY_FILLED ? List.of(slot.placeSell(at)) : List.of();
        }
        Optional<Slot.CompletedCycle> cycle = slot.sellFilledCycle(fill, at);
        stats = stats.withSellFill(fill);
        cycle.ifPresent(c -> {
            stats = stats.withCycle(c.profit());
            completedCycles.add(new GridCycleCompleted(bot.botId(), bot.userId(), bot.symbol(), c.level(), c.buyPrice(),
                    c.sellPrice(), c.quantity(), c.profit(), stats.completedCycles()));
        });
        fills.add(new FillActivity(slot.index(), Side.SELL, at, cycle.isPresent()));
        return placing && cycle.isPresent() ? List.of(slot.rearmBuy(at)) : List.of();
    }

    /** The cycles completed since the last call, as the events that announce them (each once). */
    public List<GridCycleCompleted> drainCompletedCycles() {
        List<GridCycleCompleted> drained = List.copyOf(completedCycles);
        completedCycles.clear();
        return drained;
    }

    /** The intent was rejected, cancelled or refused by the venue. */
    public void onOrderFailed(IntentId intent, Instant at) {
        slotHolding(intent).ifPresent(slot -> slot.orderFailed(at));
    }

    /**
     * From here on the grid places nothing, whatever the price does. {@code latestTickAt} (the symbol's
     * latest tick, null if none) ends its running time; an exited grid keeps its exit time and reason.
     */
    public void stop(Instant latestTickAt) {
        if (status.isLive()) {
            endedAt = firstTickAt == null ? null : latestTickAt;
        }
        if (status.isLive() || status == GridStatus.EXITING) {
            status = GridStatus.STOPPED;
        }
    }

    /**
     * What this grid waits for in the market; empty once it no longer follows it (exited, stopped, cannot run).
     * Slots wait (are watched at their sell price) only while the grid is active and armed.
     */
    public Optional<GridWatch> watch() {
        if (!status.isLive()) {
            return Optional.empty();
        }
        boolean waiting = status == GridStatus.WAITING;
        Price[] sells = new Price[slots.size()];
        BitSet waits = new BitSet(slots.size());
        for (Slot slot : slots) {
            sells[slot.index()] = slot.sellPrice();
            if (followsCrossings() && slot.waits()) {
                waits.set(slot.index());
            }
        }
        return Optional.of(new GridWatch(bot.botId(), bot.symbol(), firstTickAt == null || (!waiting && !armed),
                waiting ? spec.triggerPrice() : null, spec.stopLossPrice(), spec.takeProfitPrice(), List.of(sells), waits));
    }

    /**
     * What changed in this grid's watch since it was loaded (or since the last call): the whole watch when the grid is
     * new or its status, arming or first tick changed; otherwise the slots that started or stopped waiting (none
     * while the grid does not follow crossings). The next call compares with now.
     */
    public WatchChange drainWatchChange() {
        Shape now = shape();
        boolean whole = !now.equals(indexed);
        indexed = now;
        int[] waiting = new int[slots.size()];
        int[] notWaiting = new int[slots.size()];
        int started = 0;
        int stopped = 0;
        for (Slot slot : slots) {
            if (slot.drainWaitingChange() && !whole && followsCrossings()) {
                if (slot.waits()) {
                    waiting[started++] = slot.index();
                } else {
                    notWaiting[stopped++] = slot.index();
                }
            }
        }
        if (whole) {
            return new WatchChange.Whole(bot.botId(), watch());
        }
        return new WatchChange.Slots(bot.botId(), Arrays.copyOf(waiting, started), Arrays.copyOf(notWaiting, stopped));
    }

    private boolean followsCrossings() {
        return status == GridStatus.ACTIVE && armed;
    }

    private Shape shape() {
        return new Shape(status, armed, firstTickAt != null);
    }

    /** What the slots holding bought quantity would gain (or lose) if sold at {@code last}. */
    public Money unrealizedPnl(Price last) {
        return slots.stream().map(slot -> slot.snapshot().book().unrealizedAt(last)).reduce(Money.ZERO, Money::plus);
    }

    public Optional<Slot> slotHolding(IntentId intent) {
        return slots.stream().filter(slot -> slot.holds(intent)).findFirst();
    }

    /** The fills taken since the grid was loaded, for the activity record; drained when saved. */
    public List<FillActivity> drainFills() {
        List<FillActivity> drained = List.copyOf(fills);
        fills.clear();
        return drained;
    }

    public GridBot bot() {
        return bot;
    }

    public GridSpec spec() {
        return spec;
    }

    /** What the grid trades with: its investment, or the bot's whole budget. */
    public Money investment() {
        return spec.investmentWithin(budget);
    }

    public GridStatus status() {
        return status;
    }

    public GridStats stats() {
        return stats;
    }

    public List<Slot> slots() {
        return slots;
    }
}
