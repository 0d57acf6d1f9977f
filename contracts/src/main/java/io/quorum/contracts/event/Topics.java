package io.quorum.contracts.event;

import java.time.Duration;
import java.util.List;

/** Every topic Quorum publishes. docs/events.md describes each; the names are constants for listener annotations. */
public final class Topics {

    public static final String TICKS_NAME = "quorum.market.ticks.v1";
    public static final String CANDLES_NAME = "quorum.market.candles.v1";
    public static final String BOOKS_NAME = "quorum.market.books.v1";
    public static final String BOT_LIFECYCLE_NAME = "quorum.bots.lifecycle.v1";
    public static final String BOT_STOP_TRIGGERS_NAME = "quorum.bots.stop-triggers.v1";
    public static final String ORDER_INTENTS_NAME = "quorum.orders.intents.v1";
    public static final String ORDER_DECISIONS_NAME = "quorum.orders.decisions.v1";
    public static final String EXECUTIONS_NAME = "quorum.executions.v1";
    public static final String POSITIONS_NAME = "quorum.positions.v1";
    public static final String SIGNAL_DECISIONS_NAME = "quorum.signals.decisions.v1";
    public static final String SIGNAL_NOTICES_NAME = "quorum.signals.notices.v1";
    public static final String GRID_CYCLES_NAME = "quorum.grid.cycles.v1";

    public static final Topic TICKS = new Topic(TICKS_NAME, KeyedBy.SYMBOL, false, Duration.ofDays(1),
            "prices along each candle's path, the clock of the paper venue and the grid engine");
    public static final Topic CANDLES = new Topic(CANDLES_NAME, KeyedBy.SYMBOL, false, Duration.ofDays(30),
            "closed candles of every interval");
    public static final Topic BOOKS = new Topic(BOOKS_NAME, KeyedBy.SYMBOL, false, Duration.ofDays(1),
            "the top of the venue's order book per symbol, throttled (live market data only)");
    public static final Topic BOT_LIFECYCLE = new Topic(BOT_LIFECYCLE_NAME, KeyedBy.BOT, true, Duration.ofDays(3650),
            "the latest lifecycle state of every bot (compacted)");
    public static final Topic BOT_STOP_TRIGGERS = new Topic(BOT_STOP_TRIGGERS_NAME, KeyedBy.BOT, false, Duration.ofDays(30),
            "bots' own requests to stop (a grid's stop-loss or take-profit crossed)");
    public static final Topic ORDER_INTENTS = new Topic(ORDER_INTENTS_NAME, KeyedBy.USER, false, Duration.ofDays(7),
            "orders bots want to place, before any check");
    public static final Topic ORDER_DECISIONS = new Topic(ORDER_DECISIONS_NAME, KeyedBy.USER, false, Duration.ofDays(7),
            "the allocation's verdict on each intent, budget lifecycle of stopping bots, and AI bots' requests to move "
                    + "their positions' stop-loss and take-profit");
    public static final Topic EXECUTIONS = new Topic(EXECUTIONS_NAME, KeyedBy.USER, false, Duration.ofDays(30),
            "what happened at the venue: placed, filled, cancelled, rejected");
    public static final Topic POSITIONS = new Topic(POSITIONS_NAME, KeyedBy.USER, false, Duration.ofDays(30),
            "each bot's position after every fill");
    public static final Topic SIGNAL_DECISIONS = new Topic(SIGNAL_DECISIONS_NAME, KeyedBy.BOT, false, Duration.ofDays(30),
            "every decision of an AI trend bot's voters, with each vote and its reasoning");
    public static final Topic SIGNAL_NOTICES = new Topic(SIGNAL_NOTICES_NAME, KeyedBy.USER, false, Duration.ofDays(7),
            "what the signal service tells a user about their AI bots' voting, e.g. the daily LLM call budget spent");
    public static final Topic GRID_CYCLES = new Topic(GRID_CYCLES_NAME, KeyedBy.BOT, false, Duration.ofDays(30),
            "grid bots' completed buy-then-sell cycles, with the prices, quantity and realized profit of each");

    private Topics() {
    }

    public static List<Topic> all() {
        return List.of(TICKS, CANDLES, BOOKS, BOT_LIFECYCLE, BOT_STOP_TRIGGERS, ORDER_INTENTS, ORDER_DECISIONS, EXECUTIONS, POSITIONS,
                SIGNAL_DECISIONS, SIGNAL_NOTICES, GRID_CYCLES);
    }
}
