package io.quorum.notifier.notification;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionMismatchDetected;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.contracts.signals.SignalDecided;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns an event a user should hear about into the notification's text; other events say nothing. */
public final class Messages {

    /** How the execution service begins the reason of a stop it asks for because Bybit refused the account's key. */
    static final String REFUSED_KEY = "Bybit refused the account's API key";

    private final MessageTemplates templates;

    public Messages(MessageTemplates templates) {
        this.templates = templates;
    }

    /** Whether the event is one users are told about at all. */
    public static boolean isNotifiable(Event event) {
        return kindOf(event).isPresent();
    }

    /**
     * What users are told about the event, if anything. An AI bot's HOLD is not news (one per candle);
     * a stop the bot's own rule asked for is a {@link NotificationKind#STOP_TRIGGERED}, unless Bybit refused the
     * account's key — then the bot stops on an error ({@link NotificationKind#BOT_ERRORED}).
     */
    public static Optional<NotificationKind> kindOf(Event event) {
        NotificationKind kind = switch (event) {
            case BotStarted e -> NotificationKind.BOT_STARTED;
            case BotStopped e -> NotificationKind.BOT_STOPPED;
            case OrderFilled e -> NotificationKind.ORDER_FILLED;
            case OrderRejected e -> NotificationKind.ORDER_REJECTED;
            case OrderRejectedByVenue e -> NotificationKind.ORDER_VENUE_REJECTED;
            case ForeignOrderDetected e -> NotificationKind.FOREIGN_ORDER;
            case LlmBudgetExhausted e -> NotificationKind.LLM_BUDGET_EXHAUSTED;
            case BotHaltStalled e -> NotificationKind.BOT_HALT_STALLED;
            case SignalDecided decided -> switch (decided.action()) {
                case LONG, SHORT, CLOSE -> NotificationKind.CONSENSUS_DECISION;
                case DCA -> NotificationKind.DCA_EXECUTED;
                case STOP_LOSS -> NotificationKind.AI_STOP_LOSS;
                case HOLD -> null;
            };
            case BotStopTriggered triggered -> triggered.reason().startsWith(REFUSED_KEY)
                    ? NotificationKind.BOT_ERRORED : NotificationKind.STOP_TRIGGERED;
            case PositionChanged e -> NotificationKind.POSITION_CHANGED;
            case GridCycleCompleted e -> NotificationKind.GRID_CYCLE_COMPLETED;
            case PositionMismatchDetected e -> NotificationKind.POSITION_MISMATCH;
            default -> null;
        };
        return Optional.ofNullable(kind);
    }

    /** @param botNames the name each bot was started with, if the notifier saw its start */
    public Optional<Notification> describe(Envelope<?> envelope, Function<BotId, Optional<String>> botNames) {
        Event event = envelope.payload();
        return switch (event) {
            case BotStarted started -> Optional.of(notification(envelope, started.userId(), started.botId(),
                    NotificationKind.BOT_STARTED, Map.of(
                            "botName", started.name(),
                            "botKind", started.kind() == BotKind.GRID ? "grid bot" : "AI trend bot",
                            "symbol", started.symbol().value(),
                            "budget", started.budget().toString(),
                            "leverage", String.valueOf(started.leverage()))));
            case BotStopped stopped -> Optional.of(notification(envelope, stopped.userId(), stopped.botId(),
                    NotificationKind.BOT_STOPPED, Map.of(
                            "botName", nameOf(stopped.botId(), botNames),
                            "reason", stopped.reason())));
            case OrderFilled filled -> Optional.of(notification(envelope, filled.userId(), filled.botId(),
                    NotificationKind.ORDER_FILLED, Map.of(
                            "botName", nameOf(filled.botId(), botNames),
                            "action", filled.order().side() == Side.BUY ? "bought" : "sold",
                            "quantity", filled.quantity().toString(),
                            "symbol", filled.order().symbol().value(),
                            "price", filled.price().toString(),
                            "notional", filled.notional().toString(),
                            "fee", filled.fee().toString(),
                            "orderState", filled.completesOrder()
                                    ? "order complete" : filled.remaining() + " still open")));
            case OrderRejected rejected -> Optional.of(notification(envelope, rejected.userId(), rejected.botId(),
                    NotificationKind.ORDER_REJECTED, Map.of(
                            "botName", nameOf(rejected.botId(), botNames),
                            "side", rejected.order().side() == Side.BUY ? "buy" : "sell",
                            "quantity", rejected.order().quantity().toString(),
                            "symbol", rejected.order().symbol().value(),
                            "orderPrice", priceOf(rejected.order()),
                            "policy", rejected.policy(),
                            "reason", rejected.reason())));
            case OrderRejectedByVenue rejected -> Optional.of(notification(envelope, rejected.userId(), rejected.botId(),
                    NotificationKind.ORDER_VENUE_REJECTED, Map.of(
                            "botName", nameOf(rejected.botId(), botNames),
                            "side", rejected.order().side() == Side.BUY ? "buy" : "sell",
                            "quantity", rejected.order().quantity().toString(),
                            "symbol", rejected.order().symbol().value(),
                            "orderPrice", priceOf(rejected.order()),
                            "reason", rejected.reason())));
            case ForeignOrderDetected foreign -> Optional.of(notification(envelope, foreign.userId(), null,
                    NotificationKind.FOREIGN_ORDER, Map.of(
                            "venue", foreign.venue(),
                            "side", foreign.side() == Side.BUY ? "buy" : "sell",
                            "quantity", foreign.quantity().toString(),
                            "symbol", foreign.symbol().value(),
                            "orderPrice", foreign.price() == null ? "at market" : "at " + foreign.price() + " USDT",
                            "venueOrderId", foreign.venueOrderId(),
                            "orderLinkId", foreign.orderLinkId().isEmpty() ? "none" : foreign.orderLinkId(),
                            "seenIn", foreign.seenIn().equals("open-orders") ? "among the open orders" : "among the executions")));
            case LlmBudgetExhausted exhausted -> Optional.of(notification(envelope, exhausted.userId(), null,
                    NotificationKind.LLM_BUDGET_EXHAUSTED, Map.of(
                            "day", exhausted.day().toString(),
                            "dailyLimit", String.valueOf(exhausted.dailyLimit()),
                            "used", String.valueOf(exhausted.used()))));
            case BotHaltStalled stalled -> Optional.of(notification(envelope, stalled.userId(), stalled.botId(),
                    NotificationKind.BOT_HALT_STALLED, Map.of(
                            "botName", nameOf(stalled.botId(), botNames),
                            "attempts", String.valueOf(stalled.attempts()),
                            "reason", stalled.reason())));
            case SignalDecided decided when kindOf(decided).isPresent() -> Optional.of(notification(envelope,
                    decided.userId(), decided.botId(), kindOf(decided).get(), decisionValues(decided, botNames)));
            case BotStopTriggered triggered -> Optional.of(notification(envelope, triggered.userId(), triggered.botId(),
                    kindOf(triggered).get(), Map.of(
                            "botName", nameOf(triggered.botId(), botNames),
                            "reason", triggered.reason(),
                            "price", triggered.price().toString())));
            case PositionChanged position -> Optional.of(notification(envelope, position.userId(), position.botId(),
                    NotificationKind.POSITION_CHANGED, Map.of(
                            "botName", nameOf(position.botId(), botNames),
                            "symbol", position.symbol().value(),
                            "position", position.side() == PositionSide.FLAT ? "flat"
                                    : position.side().name().toLowerCase(Locale.ROOT) + " " + position.size()
                                            + " at an entry of " + position.entryPrice() + " USDT",
                            "leverage", String.valueOf(position.leverage()),
                            "realizedPnl", position.realizedPnl().toString(),
                            "feesPaid", position.feesPaid().toString(),
                            "protection", protectionOf(position),
                            "why", position.reason() == null || position.reason().isBlank() ? ""
                                    : " Why: " + position.reason() + ".")));
            case GridCycleCompleted cycle -> Optional.of(notification(envelope, cycle.userId(), cycle.botId(),
                    NotificationKind.GRID_CYCLE_COMPLETED, Map.of(
                            "botName", nameOf(cycle.botId(), botNames),
                            "level", String.valueOf(cycle.level()),
                            "quantity", cycle.quantity().toString(),
                            "symbol", cycle.symbol().value(),
                            "buyPrice", cycle.buyPrice().toString(),
                            "sellPrice", cycle.sellPrice().toString(),
                            "profit", cycle.realizedProfit().toString(),
                            "cycles", String.valueOf(cycle.completedCycles()))));
            case PositionMismatchDetected mismatch -> Optional.of(notification(envelope, mismatch.userId(), null,
                    NotificationKind.POSITION_MISMATCH, Map.of(
                            "venue", mismatch.venue(),
                            "symbol", mismatch.symbol().value(),
                            "venueSize", mismatch.venueSize().toPlainString(),
                            "quorumSize", mismatch.quorumSize().toPlainString())));
            default -> Optional.empty();
        };
    }

    private static Map<String, String> decisionValues(SignalDecided decided, Function<BotId, Optional<String>> botNames) {
        String votes = decided.votes().stream().map(Messages::ballotOf).collect(Collectors.joining("; "));
        String tally = decided.tally().isEmpty() ? "no votes for any action" : decided.tally().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " of " + decided.votes().size()
                        + Optional.ofNullable(decided.required().get(e.getKey())).map(n -> " (" + n + " needed)").orElse(""))
                .collect(Collectors.joining(", "));
        String outcome = decided.intentId() != null ? "An order was requested (intent " + decided.intentId() + ")."
                : "No order was placed.";
        return Map.of(
                "botName", nameOf(decided.botId(), botNames),
                "action", decided.action().name(),
                "symbol", decided.symbol().value(),
                "candleClosedAt", decided.candleClosedAt().toString(),
                "votes", votes,
                "tally", tally,
                "reason", decided.reason(),
                "outcome", outcome);
    }

    private static String ballotOf(CastVote vote) {
        if (vote.abstained()) {
            return vote.voter() + " abstained (" + vote.abstention() + ")";
        }
        return vote.voter() + " " + vote.action() + " at confidence " + vote.confidence() + " (" + vote.explanation() + ")";
    }

    private static String protectionOf(PositionChanged position) {
        if (position.stopLoss() == null && position.takeProfit() == null) {
            return "no stop-loss or take-profit";
        }
        return "stop-loss " + (position.stopLoss() == null ? "none" : position.stopLoss() + " USDT")
                + ", take-profit " + (position.takeProfit() == null ? "none" : position.takeProfit() + " USDT");
    }

    private Notification notification(Envelope<?> envelope, UserId userId, BotId botId,
                                      NotificationKind kind, Map<String, String> values) {
        return new Notification(envelope.eventId(), userId, botId, kind, templates.render(kind, values),
                envelope.occurredAt());
    }

    private static String priceOf(OrderSpec order) {
        return order.limitPrice() == null ? "at market" : "at " + order.limitPrice() + " USDT";
    }

    // events can overtake the BotStarted that named the bot (other topic, other partition)
    private static String nameOf(BotId botId, Function<BotId, Optional<String>> botNames) {
        return botNames.apply(botId).orElseGet(() -> "bot " + botId.value().toString().substring(0, 8));
    }
}
