package io.quorum.notifier.notification;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Turns an event a user should hear about into the notification's text; other events say nothing. */
public final class Messages {

    private final MessageTemplates templates;

    public Messages(MessageTemplates templates) {
        this.templates = templates;
    }

    /** Whether the event is one users are told about at all. */
    public static boolean isNotifiable(Event event) {
        return event instanceof BotStarted || event instanceof BotStopped
                || event instanceof OrderFilled || event instanceof OrderRejected || event instanceof LlmBudgetExhausted
                || event instanceof OrderRejectedByVenue || event instanceof ForeignOrderDetected
                || event instanceof BotHaltStalled;
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
            default -> Optional.empty();
        };
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
