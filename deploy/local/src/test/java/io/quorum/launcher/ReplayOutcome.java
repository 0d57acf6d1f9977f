package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.testkit.EventProbe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * What a replay run leaves behind, without the ids that differ from run to run, read once the
 * pipeline's books and the grid's levels agree.
 *
 * <p>Events are counted by event id: after a crash an outbox may publish an event a second time (sent,
 * then killed before the row was deleted), which idempotent consumers ignore and so does this count.
 */
record ReplayOutcome(List<String> intents, List<String> fills, List<String> levels, String realizedProfit,
                     int completedCycles) {

    private static final Set<String> WORKING = Set.of("BUY_PLACED", "SELL_PLACED");

    /**
     * Checks the order invariants on the run's events and levels, then describes the run. Fails if an
     * intent was created or placed twice, ended twice, or if the grid's levels and the open orders disagree.
     */
    static ReplayOutcome of(GatewayClient reader, String botId, EventProbe probe, int gridCount) {
        List<Envelope<?>> events = distinct(probe.envelopes());
        List<OrderIntentCreated> created = payloads(events, OrderIntentCreated.class);
        assertThat(countBy(created, OrderIntentCreated::intentId).values()).as("creations per intent").allMatch(n -> n == 1);
        assertThat(countBy(payloads(events, OrderPlaced.class), OrderPlaced::intentId).values())
                .as("venue orders per intent").allMatch(n -> n == 1);
        Map<IntentId, Long> terminals = countBy(terminalIntents(events), Function.identity());
        assertThat(terminals.values()).as("terminal events per intent").allMatch(n -> n == 1);

        JsonNode levelNodes = reader.get("/api/grid-bot/" + botId + "/orders").body().get("levels");
        List<JsonNode> levels = StreamSupport.stream(levelNodes.spliterator(), false).toList();
        assertThat(levels).as("grid levels").hasSize(gridCount);
        assertThat(levels.stream().map(l -> l.get("slot").asInt()).collect(Collectors.toSet())).as("slots").hasSize(gridCount);
        Set<String> working = levels.stream().filter(l -> WORKING.contains(l.get("state").asString()))
                .map(l -> l.get("intentId").asString()).collect(Collectors.toSet());
        Set<String> open = created.stream().map(OrderIntentCreated::intentId).filter(id -> !terminals.containsKey(id))
                .map(IntentId::toString).collect(Collectors.toSet());
        assertThat(open).as("open intents are exactly the working levels' orders").isEqualTo(working);

        Map<IntentId, Integer> levelOf = new LinkedHashMap<>();
        created.forEach(i -> levelOf.put(i.intentId(), i.gridLevel()));
        List<String> intents = new ArrayList<>();
        List<String> fills = new ArrayList<>();
        for (Envelope<?> envelope : events) {
            if (envelope.payload() instanceof OrderIntentCreated intent) {
                intents.add(envelope.occurredAt() + " level " + intent.gridLevel() + " " + intent.order());
            } else if (envelope.payload() instanceof OrderFilled fill) {
                fills.add(envelope.occurredAt() + " level " + levelOf.get(fill.intentId()) + " " + fill.order().side() + " "
                        + fill.quantity() + " @ " + fill.price() + " fee " + fill.fee() + " " + fill.liquidity());
            }
        }
        List<String> levelLines = levels.stream().map(l -> l.get("slot").asInt() + " " + l.get("state").asString() + " "
                + l.get("buyPrice").asString() + "-" + l.get("sellPrice").asString() + " x " + l.get("quantity").asString()).toList();
        JsonNode stats = reader.get("/api/grid-bot/" + botId + "/stats").body();
        System.out.printf("replay run: %d intents, %d fills, %d completed cycles, realized profit %s, %d events published twice%n",
                intents.size(), fills.size(), stats.get("completedCycles").asInt(), stats.get("realizedProfit").asString(),
                probe.envelopes().size() - events.size());
        return new ReplayOutcome(intents, fills, levelLines, stats.get("realizedProfit").asString(), stats.get("completedCycles").asInt());
    }

    /** The first copy of each event, in arrival order. */
    private static List<Envelope<?>> distinct(List<Envelope<?>> envelopes) {
        Set<EventId> seen = new HashSet<>();
        return envelopes.stream().filter(e -> seen.add(e.eventId())).toList();
    }

    private static <E extends Event> List<E> payloads(List<Envelope<?>> events, Class<E> type) {
        return events.stream().map(Envelope::payload).filter(type::isInstance).map(type::cast).toList();
    }

    /** The intent each terminal event ends: a rejection, a cancel, a venue refusal or the fill that completes the order. */
    private static List<IntentId> terminalIntents(List<Envelope<?>> events) {
        return events.stream().map(Envelope::payload).map(payload -> switch (payload) {
            case OrderRejected rejected -> Optional.of(rejected.intentId());
            case OrderCancelled cancelled -> Optional.of(cancelled.intentId());
            case OrderRejectedByVenue refused -> Optional.of(refused.intentId());
            case OrderFilled filled when filled.completesOrder() -> Optional.of(filled.intentId());
            default -> Optional.<IntentId>empty();
        }).flatMap(Optional::stream).toList();
    }

    private static <T> Map<IntentId, Long> countBy(List<T> items, Function<T, IntentId> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
