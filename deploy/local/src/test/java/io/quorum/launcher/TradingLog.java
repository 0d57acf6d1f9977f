package io.quorum.launcher;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.contracts.signals.VoterKind;
import io.quorum.testkit.EventProbe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What AI bots decided and traded in one run, comparable with another run: one line per decision (bot, candle
 * close, outcome and reason, tally, every ballot, the order) and per fill (bot, event time, side, quantity, price,
 * fee, liquidity), sorted by bot and time. Bots are named by the test, since their ids — and the decision, intent
 * and user ids derived from them — are new in every run. Events are taken once per event id.
 */
record TradingLog(List<String> decisions, List<String> fills, List<String> journals, Set<TradeAction> llmActions) {

    /** {@code nameOf} names the bots to describe (by bot id), null for any other. */
    static TradingLog of(EventProbe probe, Function<String, String> nameOf, List<String> journals) {
        Set<EventId> seen = new HashSet<>();
        List<Envelope<?>> events = probe.envelopes().stream().filter(e -> seen.add(e.eventId())).toList();
        Map<IntentId, OrderSpec> orders = new HashMap<>();
        events.forEach(e -> {
            if (e.payload() instanceof OrderIntentCreated intent) {
                orders.put(intent.intentId(), intent.order());
            }
        });
        List<String> decisions = new ArrayList<>();
        List<String> fills = new ArrayList<>();
        Set<TradeAction> llmActions = new TreeSet<>();
        for (Envelope<?> envelope : events) {
            if (envelope.payload() instanceof SignalDecided decided && nameOf.apply(decided.botId().toString()) != null) {
                decisions.add(decision(nameOf.apply(decided.botId().toString()), decided, orders));
                decided.votes().stream().filter(v -> v.voterKind() == VoterKind.LLM && v.action() != null)
                        .forEach(v -> llmActions.add(v.action()));
            } else if (envelope.payload() instanceof OrderFilled fill && nameOf.apply(fill.botId().toString()) != null) {
                fills.add(nameOf.apply(fill.botId().toString()) + " " + envelope.occurredAt() + " " + fill.order().side() + " "
                        + fill.quantity() + " @ " + fill.price() + " fee " + fill.fee() + " " + fill.liquidity()
                        + " remaining " + fill.remaining());
            }
        }
        return new TradingLog(decisions.stream().sorted().toList(), fills.stream().sorted().toList(), List.copyOf(journals),
                llmActions);
    }

    private static String decision(String bot, SignalDecided decided, Map<IntentId, OrderSpec> orders) {
        StringBuilder line = new StringBuilder().append(bot).append(' ').append(decided.candleClosedAt()).append(' ')
                .append(decided.action()).append(" (").append(decided.reason()).append(") technical only ")
                .append(decided.technicalOnly()).append(", tally ").append(decided.tally()).append(" of ")
                .append(decided.required());
        for (CastVote vote : decided.votes()) {
            line.append(" | ").append(vote);
        }
        if (decided.intentId() != null) {
            line.append(" order ").append(orders.get(decided.intentId()));
        }
        return line.toString();
    }
}
