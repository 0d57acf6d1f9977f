package io.quorum.notifier.notification;

import java.util.Set;

/** What a user is told about; each kind has a template in {@code notifier-templates/<template>.txt}. */
public enum NotificationKind {
    BOT_STARTED("bot-started", Set.of("botName", "botKind", "symbol", "budget", "leverage")),
    BOT_STOPPED("bot-stopped", Set.of("botName", "reason")),
    ORDER_FILLED("order-filled",
            Set.of("botName", "action", "quantity", "symbol", "price", "notional", "fee", "orderState")),
    ORDER_REJECTED("order-rejected",
            Set.of("botName", "side", "quantity", "symbol", "orderPrice", "policy", "reason")),
    ORDER_VENUE_REJECTED("order-venue-rejected", Set.of("botName", "side", "quantity", "symbol", "orderPrice", "reason")),
    FOREIGN_ORDER("foreign-order",
            Set.of("venue", "side", "quantity", "symbol", "orderPrice", "venueOrderId", "orderLinkId", "seenIn")),
    LLM_BUDGET_EXHAUSTED("llm-budget-exhausted", Set.of("day", "dailyLimit", "used")),
    BOT_HALT_STALLED("bot-halt-stalled", Set.of("botName", "attempts", "reason")),
    CONSENSUS_DECISION("consensus-decision",
            Set.of("botName", "action", "symbol", "candleClosedAt", "votes", "tally", "reason", "outcome")),
    AI_STOP_LOSS("ai-stop-loss", Set.of("botName", "symbol", "votes", "tally", "reason", "outcome")),
    DCA_EXECUTED("dca-executed", Set.of("botName", "symbol", "votes", "tally", "reason", "outcome")),
    STOP_TRIGGERED("stop-triggered", Set.of("botName", "reason", "price")),
    BOT_ERRORED("bot-errored", Set.of("botName", "reason")),
    POSITION_CHANGED("position-changed",
            Set.of("botName", "symbol", "position", "leverage", "realizedPnl", "feesPaid", "protection", "why")),
    GRID_CYCLE_COMPLETED("grid-cycle-completed",
            Set.of("botName", "level", "quantity", "symbol", "buyPrice", "sellPrice", "profit", "cycles")),
    POSITION_MISMATCH("position-mismatch", Set.of("venue", "symbol", "venueSize", "quorumSize"));

    private final String template;
    private final Set<String> placeholders;

    NotificationKind(String template, Set<String> placeholders) {
        this.template = template;
        this.placeholders = placeholders;
    }

    public String template() {
        return template;
    }

    /** The values a template of this kind may use; anything else is a typo caught at start-up. */
    public Set<String> placeholders() {
        return placeholders;
    }
}
