package io.quorum.grid.engine;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.grid.levels.GridPlanner;
import io.quorum.grid.metrics.GridMetrics;
import io.quorum.grid.platform.Outbox;
import io.quorum.grid.platform.ProcessedEvents;
import io.quorum.grid.slots.Fill;
import io.quorum.grid.slots.Grid;
import io.quorum.grid.slots.TickOutcome;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one consumed event to the grids, each in one transaction with its intents in the outbox.
 * Every intent is caused by the tick or fill that triggered it and carries that event's time.
 */
public class GridEngine {

    private static final Logger log = LoggerFactory.getLogger(GridEngine.class);

    private final ProcessedEvents processedEvents;
    private final Outbox outbox;
    private final Grids grids;
    private final MarketClock clock;
    private final GridPlanner planner;
    private final GridIndexing index;
    private final GridMetrics metrics;

    public GridEngine(ProcessedEvents processedEvents, Outbox outbox, Grids grids, MarketClock clock, GridPlanner planner,
                      GridIndexing index, GridMetrics metrics) {
        this.index = index;
        this.metrics = metrics;
        this.processedEvents = processedEvents;
        this.outbox = outbox;
        this.grids = grids;
        this.clock = clock;
        this.planner = planner;
    }

    /** Plans the grid of a started grid bot; orders wait for the first tick. A running grid is left as it is. */
    @Transactional
    public void startGrid(Envelope<?> envelope, BotStarted started) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        Optional<Grid> earlier = grids.lock(started.botId());
        if (earlier.isPresent() && earlier.get().status().isLive()) {
            log.info("grid of bot {} is already running; start event {} changes nothing", started.botId(), envelope.eventId());
            return;
        }
        int firstRound = earlier.isPresent() ? grids.nextRound(started.botId()) : 0;
        // sized on the grid's investment within the budget (the planner refuses an investment above it)
        var plan = planner.plan(started.grid(), started.symbol(), started.budget(), started.leverage());
        Grid grid = Grid.start(started, plan, firstRound, envelope.occurredAt());
        grids.replace(grid);
        index.changed(grid);
    }

    @Transactional
    public void stopGrid(Envelope<?> envelope, BotStopRequested stop) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        grids.lock(stop.botId()).ifPresent(grid -> {
            grid.stop(clock.latest(grid.bot().symbol()).map(MarketClock.Latest::at).orElse(null));
            save(grid);
        });
    }

    /**
     * Moves the grids this tick concerns: arming, crossings, and exits at a stop-loss or take-profit, whose
     * {@code BotStopTriggered} goes out through the outbox once (the grid is EXITING afterwards and ignores ticks).
     */
    @Transactional
    public void onTick(Envelope<?> envelope, TickObserved tick) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        Optional<MarketClock.Advance> advance = clock.advance(tick.symbol(), tick.price(), envelope.occurredAt());
        if (advance.isEmpty()) {
            log.debug("tick {} of {} is older than the latest; ignored", envelope.eventId(), tick.symbol());
            return;
        }
        // only the grids whose watched prices this tick reached, from the in-memory index (not a scan of every slot)
        for (BotId bot : index.concerned(tick.symbol(), advance.get().previous(), tick.price())) {
            grids.lock(bot).ifPresent(grid -> {
                TickOutcome outcome = grid.onTick(advance.get().previous(), tick.price(), envelope.occurredAt());
                publish(envelope, outcome.intents());
                outcome.stop().ifPresent(stop -> {
                    outbox.add(envelope.cause(stop, envelope.occurredAt()));
                    metrics.exitTriggered();
                });
                save(grid);
            });
        }
    }

    @Transactional
    public void onFill(Envelope<?> envelope, OrderFilled filled) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        grids.lock(filled.botId())
                .filter(grid -> grid.slotHolding(filled.intentId()).isPresent())
                .ifPresent(grid -> {
                    int cyclesBefore = grid.stats().completedCycles();
                    publish(envelope, grid.onFill(filled.intentId(), Fill.of(filled), envelope.occurredAt()));
                    grid.drainCompletedCycles().forEach(cycle -> outbox.add(envelope.cause(cycle, envelope.occurredAt())));
                    metrics.fillApplied(filled.order().side(), grid.stats().completedCycles() > cyclesBefore);
                    save(grid);
                });
    }

    /** The intent was rejected by the allocation, cancelled, or refused by the venue. */
    @Transactional
    public void onOrderFailed(Envelope<?> envelope, BotId bot, IntentId intent) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        grids.lock(bot)
                .filter(grid -> grid.slotHolding(intent).isPresent())
                .ifPresent(grid -> {
                    grid.onOrderFailed(intent, envelope.occurredAt());
                    save(grid);
                });
    }

    private void save(Grid grid) {
        grids.save(grid);
        index.changed(grid);
    }

    private void publish(Envelope<?> cause, List<OrderIntentCreated> intents) {
        intents.forEach(intent -> {
            outbox.add(cause.cause(intent, cause.occurredAt()));
            metrics.intentCreated(intent.order().side());
        });
    }
}
