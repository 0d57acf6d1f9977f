package io.quorum.grid.slots;

import static io.quorum.grid.slots.SlotState.BUY_FILLED;
import static io.quorum.grid.slots.SlotState.BUY_PLACED;
import static io.quorum.grid.slots.SlotState.PENDING;
import static io.quorum.grid.slots.SlotState.SELL_FILLED;
import static io.quorum.grid.slots.SlotState.SELL_PLACED;

import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.levels.PlannedSlot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One slot of a grid: buys at its level, sells one level up, and starts over. It guards its own
 * transitions (anything else throws) and returns the intent each placement causes.
 *
 * <p>The {@code round} names the slot's intents: {@code IntentId.derive(bot, "slot", i, side, round)}.
 * It advances after every completed cycle and after every failed intent, so a retried order never
 * reuses an id (at most one venue order per intent, ever), while a replay derives the same ids.
 *
 * <p>A rejected or cancelled buy goes back to PENDING (or to BUY_FILLED if part of it filled); a
 * rejected or cancelled sell goes back to BUY_FILLED. Either waits for the next upward crossing of
 * the sell price before placing again, so a refusing venue or allocation never sees an order per tick.
 */
public final class Slot {

    private final GridBot bot;
    private final int index;
    private final Price buyPrice;
    private final Price sellPrice;
    private final Quantity quantity;
    private SlotState state;
    private int round;
    private IntentId intentId;
    private CycleBook book;
    private final List<SlotTransition> transitions = new ArrayList<>();
    private boolean changed;
    /** Whether the slot waited when the tick index last heard of it (when loaded, or when last drained). */
    private boolean waitedWhenIndexed;

    private Slot(GridBot bot, SlotRecord record) {
        this.bot = bot;
        this.index = record.index();
        this.buyPrice = record.buyPrice();
        this.sellPrice = record.sellPrice();
        this.quantity = record.quantity();
        this.state = record.state();
        this.round = record.round();
        this.intentId = record.intentId();
        this.book = record.book();
        this.waitedWhenIndexed = waits();
    }

    public static Slot planned(GridBot bot, PlannedSlot plan, int firstRound, Instant at) {
        Slot slot = new Slot(bot, new SlotRecord(plan.index(), plan.buyPrice(), plan.sellPrice(), plan.quantity(),
                PENDING, firstRound, null, CycleBook.EMPTY));
        slot.transitions.add(new SlotTransition(plan.index(), null, PENDING, at, null, firstRound));
        slot.changed = true;
        return slot;
    }

    public static Slot restore(GridBot bot, SlotRecord record) {
        return new Slot(bot, record);
    }

    public SlotRecord snapshot() {
        return new SlotRecord(index, buyPrice, sellPrice, quantity, state, round, intentId, book);
    }

    /** PENDING → BUY_PLACED: a limit buy at this slot's level. */
    public OrderIntentCreated placeBuy(Instant at) {
        require(PENDING, "place a buy");
        return place(Side.BUY, buyPrice, quantity, BUY_PLACED, at);
    }

    /** SELL_FILLED → BUY_PLACED: the cycle is booked, the buy goes back on its level. */
    public OrderIntentCreated rearmBuy(Instant at) {
        require(SELL_FILLED, "re-arm its buy");
        return place(Side.BUY, buyPrice, quantity, BUY_PLACED, at);
    }

    /** BUY_FILLED → SELL_PLACED: a reduce-only limit sell one level up, for what was actually bought. */
    public OrderIntentCreated placeSell(Instant at) {
        require(BUY_FILLED, "place a sell");
        return place(Side.SELL, sellPrice, book.held(), SELL_PLACED, at);
    }

    /** Counts a buy fill; the slot is BUY_FILLED once the order is complete. */
    public void buyFilled(Fill fill, Instant at) {
        require(BUY_PLACED, "take a buy fill");
        requireSide(fill, Side.BUY);
        book = book.withBuy(fill);
        changed = true;
        if (fill.completesOrder()) {
            moveTo(BUY_FILLED, at);
        }
    }

    /** Counts a sell fill; once the order is complete the slot is SELL_FILLED and returns the cycle's profit. */
    public Optional<Money> sellFilled(Fill fill, Instant at) {
        return sellFilledCycle(fill, at).map(CompletedCycle::profit);
    }

    /** Like {@link #sellFilled}, answering the completed cycle with what it sold besides its profit. */
    public Optional<CompletedCycle> sellFilledCycle(Fill fill, Instant at) {
        require(SELL_PLACED, "take a sell fill");
        requireSide(fill, Side.SELL);
        book = book.withSell(fill);
        changed = true;
        if (!fill.completesOrder()) {
            return Optional.empty();
        }
        CompletedCycle cycle = new CompletedCycle(index, buyPrice, sellPrice, book.sold(), book.profit());
        moveTo(SELL_FILLED, at);
        book = CycleBook.EMPTY;
        round++;
        return Optional.of(cycle);
    }

    /** A buy-then-sell cycle of one slot: its level prices, the quantity sold and the profit from the fills. */
    public record CompletedCycle(int level, Price buyPrice, Price sellPrice, Quantity quantity, Money profit) {
    }

    /** The slot's open intent was rejected or cancelled: back to waiting for the next upward crossing. */
    public void orderFailed(Instant at) {
        SlotState next = switch (state) {
            case BUY_PLACED -> book.bought().isZero() ? PENDING : BUY_FILLED;
            case SELL_PLACED -> BUY_FILLED;
            default -> throw new IllegalSlotTransitionException(index, state, "lose an order");
        };
        moveTo(next, at);
        intentId = null;
        round++;
    }

    /** True when a waiting slot (PENDING or holding after a failed sell) should place again on this tick. */
    public boolean placesOnCrossing(Price previous, Price now) {
        return waits() && previous.isBelow(sellPrice) && !now.isBelow(sellPrice);
    }

    /** The order this slot places when its sell price is crossed upward, by state. */
    public OrderIntentCreated placeOnCrossing(Instant at) {
        return state == PENDING ? placeBuy(at) : placeSell(at);
    }

    /** Waiting for an upward crossing of its sell price: no order of its own rests (PENDING, or holding after a failed sell). */
    public boolean waits() {
        return state == PENDING || state == BUY_FILLED;
    }

    /** Whether the slot started or stopped waiting since loaded or since the last call; the next call compares with now. */
    boolean drainWaitingChange() {
        boolean waits = waits();
        boolean changedSince = waits != waitedWhenIndexed;
        waitedWhenIndexed = waits;
        return changedSince;
    }

    public boolean holds(IntentId intent) {
        return intent.equals(intentId) && (state == BUY_PLACED || state == SELL_PLACED);
    }

    public List<SlotTransition> drainTransitions() {
        List<SlotTransition> drained = List.copyOf(transitions);
        transitions.clear();
        return drained;
    }

    public boolean changed() {
        return changed;
    }

    public SlotState state() {
        return state;
    }

    public int index() {
        return index;
    }

    public Price buyPrice() {
        return buyPrice;
    }

    public Price sellPrice() {
        return sellPrice;
    }

    private OrderIntentCreated place(Side side, Price price, Quantity amount, SlotState next, Instant at) {
        intentId = IntentId.derive(bot.botId().toString(), "slot", String.valueOf(index), side.name(), String.valueOf(round));
        moveTo(next, at);
        OrderSpec order = OrderSpec.limit(bot.symbol(), side, price, amount, bot.leverage(), side == Side.SELL);
        return new OrderIntentCreated(intentId, bot.userId(), bot.botId(), order, index);
    }

    private void moveTo(SlotState next, Instant at) {
        transitions.add(new SlotTransition(index, state, next, at, intentId, round));
        state = next;
        changed = true;
    }

    private void require(SlotState expected, String action) {
        if (state != expected) {
            throw new IllegalSlotTransitionException(index, state, action);
        }
    }

    private void requireSide(Fill fill, Side expected) {
        if (fill.side() != expected) {
            throw new IllegalSlotTransitionException(index, state, "take a " + fill.side() + " fill");
        }
    }
}
