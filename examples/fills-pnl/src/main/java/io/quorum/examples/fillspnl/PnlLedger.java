package io.quorum.examples.fillspnl;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every bot's {@link BotPnl}, fed one fill at a time. Kafka delivers at least once: a fill seen before (same
 * {@code eventId}) is ignored, so a redelivery never counts twice.
 */
final class PnlLedger {

    private final Map<String, BotPnl> byBot = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    /** The bot's PnL after this fill, or empty when the fill was seen before. */
    synchronized Optional<BotPnl> record(Fill fill) {
        if (!seen.add(fill.eventId())) {
            return Optional.empty();
        }
        BotPnl after = byBot.getOrDefault(fill.botId(), BotPnl.start(fill)).apply(fill);
        byBot.put(fill.botId(), after);
        return Optional.of(after);
    }

    synchronized Map<String, BotPnl> bots() {
        return Map.copyOf(byBot);
    }
}
