package io.quorum.contracts.event;

import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionMismatchDetected;
import io.quorum.contracts.executions.WalletBalanceObserved;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.contracts.signals.SignalDecided;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the published language: its wire name (stable, versioned, never a Java
 * class name) and its topic. A new version of an event gets a new wire name next to the old one.
 */
public final class EventCatalog {

    private static final List<EventType> TYPES = List.of(
            new EventType("market.tick-observed.v1", TickObserved.class, Topics.TICKS),
            new EventType("market.candle-closed.v1", CandleClosed.class, Topics.CANDLES),
            new EventType("market.order-book-observed.v1", OrderBookObserved.class, Topics.BOOKS),
            new EventType("bot.created.v1", BotCreated.class, Topics.BOT_LIFECYCLE),
            new EventType("bot.started.v1", BotStarted.class, Topics.BOT_LIFECYCLE),
            new EventType("bot.stop-requested.v1", BotStopRequested.class, Topics.BOT_LIFECYCLE),
            new EventType("bot.stopped.v1", BotStopped.class, Topics.BOT_LIFECYCLE),
            new EventType("bot.stop-triggered.v1", BotStopTriggered.class, Topics.BOT_STOP_TRIGGERS),
            new EventType("order.intent-created.v1", OrderIntentCreated.class, Topics.ORDER_INTENTS),
            new EventType("order.approved.v1", OrderApproved.class, Topics.ORDER_DECISIONS),
            new EventType("order.rejected.v1", OrderRejected.class, Topics.ORDER_DECISIONS),
            new EventType("bot.trading-halted.v1", BotTradingHalted.class, Topics.ORDER_DECISIONS),
            new EventType("bot.budget-released.v1", BotBudgetReleased.class, Topics.ORDER_DECISIONS),
            new EventType("position.protection-requested.v1", PositionProtectionRequested.class, Topics.ORDER_DECISIONS),
            new EventType("order.placed.v1", OrderPlaced.class, Topics.EXECUTIONS),
            new EventType("order.filled.v1", OrderFilled.class, Topics.EXECUTIONS),
            new EventType("order.cancelled.v1", OrderCancelled.class, Topics.EXECUTIONS),
            new EventType("order.venue-rejected.v1", OrderRejectedByVenue.class, Topics.EXECUTIONS),
            new EventType("bot.orders-cleared.v1", BotOrdersCleared.class, Topics.EXECUTIONS),
            new EventType("bot.halt-stalled.v1", BotHaltStalled.class, Topics.EXECUTIONS),
            new EventType("account.wallet-balance-observed.v1", WalletBalanceObserved.class, Topics.EXECUTIONS),
            new EventType("account.foreign-order-detected.v1", ForeignOrderDetected.class, Topics.EXECUTIONS),
            new EventType("account.position-mismatch-detected.v1", PositionMismatchDetected.class, Topics.EXECUTIONS),
            new EventType("position.changed.v1", PositionChanged.class, Topics.POSITIONS),
            new EventType("signal.decided.v1", SignalDecided.class, Topics.SIGNAL_DECISIONS),
            new EventType("signal.llm-budget-exhausted.v1", LlmBudgetExhausted.class, Topics.SIGNAL_NOTICES),
            new EventType("grid.cycle-completed.v1", GridCycleCompleted.class, Topics.GRID_CYCLES));

    private static final Map<String, EventType> BY_WIRE_NAME =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return TYPES;
    }

    public static Optional<EventType> byWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    public static EventType typeOf(Event event) {
        EventType type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " is not in the event catalog");
        }
        return type;
    }
}
