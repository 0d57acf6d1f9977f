package io.quorum.grid.slots;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.orders.OrderIntentCreated;
import java.util.List;
import java.util.Optional;

/** What a tick caused on a grid: order intents, or (alone, once) the request to stop its bot. */
public record TickOutcome(List<OrderIntentCreated> intents, Optional<BotStopTriggered> stop) {

    public static final TickOutcome NOTHING = new TickOutcome(List.of(), Optional.empty());

    public TickOutcome {
        intents = List.copyOf(intents);
    }

    static TickOutcome placing(List<OrderIntentCreated> intents) {
        return new TickOutcome(intents, Optional.empty());
    }

    static TickOutcome exiting(BotStopTriggered stop) {
        return new TickOutcome(List.of(), Optional.of(stop));
    }
}
