package io.quorum.execution.twap;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.execution.orders.PaperPricing;
import io.quorum.execution.orders.Settlement;
import io.quorum.execution.orders.SlicedOrders;
import io.quorum.execution.orders.VenueOrder;
import io.quorum.execution.orders.VenueOrders;
import io.quorum.execution.platform.Outbox;
import io.quorum.execution.positions.Position;
import io.quorum.execution.positions.Positions;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * TWAP on the paper venue, driven by event time: the parent order (the approved intent) is announced once and stays
 * OPEN, never resting in the book; slice 1 fills at once, each next one on the first tick of the symbol at or after its
 * due time, taker: for a market order at the tick's price with the market order's slippage, for a limit order at the
 * tick's price on a tick at or better than its limit (a slice never rests: on a worse tick it stays due). Each slice's fill is an
 * {@code OrderFilled} of the parent intent with {@code remaining} decreasing, so every consumer sees one order
 * filling in parts; the last slice leaves nothing and the parent is FILLED. A halt cancels the parent (the unfilled
 * rest in one {@code OrderCancelled}) and ends the run. Everything happens in the transaction of the approval, the
 * tick or the halt, so a restart finds the run where the last commit left it and no slice is sent twice.
 */
public class TwapExecution implements SlicedOrders {

    private final TwapRuns runs;
    private final VenueOrders orders;
    private final Positions positions;
    private final Settlement settlement;
    private final PaperPricing pricing;
    private final Outbox outbox;
    private final TwapSettings settings;
    private final Function<Symbol, Instrument> instruments;

    public TwapExecution(TwapRuns runs, VenueOrders orders, Positions positions, Settlement settlement, PaperPricing pricing,
                         Outbox outbox, TwapSettings settings, Function<Symbol, Instrument> instruments) {
        this.runs = runs;
        this.orders = orders;
        this.positions = positions;
        this.settlement = settlement;
        this.pricing = pricing;
        this.outbox = outbox;
        this.settings = settings;
        this.instruments = instruments;
    }

    /**
     * The TWAP shape of an order: its strategy's, or the configured one when its notional — at its limit price, or at
     * the last price for a market order — reaches the threshold; empty: placed as one order.
     */
    public Optional<TwapSpec> shapeOf(OrderSpec spec, Optional<Price> lastPrice) {
        return settings.shapeOf(spec, lastPrice);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean start(VenueOrder parent, Envelope<OrderApproved> approval, Optional<Price> lastPrice, Instant at) {
        Optional<TwapSpec> shape = settings.shapeOf(approval.payload(), lastPrice);
        if (shape.isEmpty()) {
            return false;
        }
        TwapPlan plan = TwapPlan.cut(parent.spec().quantity(), shape.get().slices(), instruments.apply(parent.spec().symbol()),
                shape.get().duration());
        if (plan.slices() < 2) {
            return false; // too small to cut into parts of at least the minimum quantity: executed whole
        }
        TwapRun run = TwapRun.start(parent, plan, at);
        if (!runs.insertIfAbsent(run)) {
            // the parent order was inserted in this very transaction, so no run can exist for it yet
            throw new IllegalStateException("order " + parent.clientOrderId() + " already has a TWAP run");
        }
        // slice 1 now if the order is marketable (a market order always is: it has a last price), else on a later tick
        Optional<Price> first = pricing.immediateFillPrice(parent.spec(), lastPrice);
        if (first.isPresent()) {
            sendNext(run, parent, first.get(), approval, at);
        }
        return true;
    }

    @Override
    public List<ClientOrderId> dueAt(Symbol symbol, Instant at) {
        return runs.dueAt(symbol, at);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendDue(Collection<ClientOrderId> due, Map<ClientOrderId, VenueOrder> open, Envelope<TickObserved> tick,
                        Instant at) {
        for (ClientOrderId parentId : due) {
            Optional<TwapRun> locked = runs.lockRunning(parentId); // after its parent order: the lock order of a halt
            if (locked.isEmpty() || locked.get().nextDueAt().isAfter(at)) {
                continue; // ended or moved on meanwhile
            }
            TwapRun run = locked.get();
            VenueOrder parent = open.get(parentId);
            if (parent == null) {
                runs.save(run.cancelled("its order ended before slice " + run.nextSlice(), at));
                continue;
            }
            Optional<Price> price = pricing.immediateFillPrice(parent.spec(), Optional.of(tick.payload().price()));
            if (price.isPresent()) { // a limit order's slice waits for a tick at or better than its limit
                sendNext(run, parent, price.get(), tick, at);
            }
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void botHalted(BotId botId, String reason, Instant at) {
        runs.cancelRunningOfBot(botId, reason, at);
    }

    private void sendNext(TwapRun run, VenueOrder parent, Price price, Envelope<?> cause, Instant at) {
        int n = run.nextSlice();
        Quantity quantity = run.plan().quantityOf(n);
        if (run.reduceOnly()) {
            Position position = positions.lockProtected(parent.userId(), parent.botId(), run.symbol()).position();
            if (position.isFlat() || position.closingSide() != run.side() || quantity.compareTo(position.size()) > 0) {
                cancelRest(run, parent, "reduce-only TWAP slice " + n + " of " + quantity + " no longer faces the bot's "
                        + position.side() + " position of " + position.size(), cause, at);
                return;
            }
        }
        OrderFilled fill = settlement.fillPart(parent, price, quantity, Liquidity.TAKER, cause, at)
                .orElseThrow(() -> new IllegalStateException("TWAP order " + parent.clientOrderId() + " is no longer open"));
        if (!runs.recordSlice(new TwapRuns.Slice(run.sliceId(n), run.intentId(), n, quantity, price, fill.fee(), at))) {
            throw new IllegalStateException("slice " + n + " of TWAP " + run.intentId() + " was already sent");
        }
        runs.save(run.afterSlice(quantity, at));
    }

    private void cancelRest(TwapRun run, VenueOrder parent, String why, Envelope<?> cause, Instant at) {
        OrderCancelled cancelled = parent.cancel(why, at);
        if (orders.recordTransition(parent)) {
            outbox.add(cause.cause(cancelled, at));
        }
        runs.save(run.cancelled(why, at));
    }
}
