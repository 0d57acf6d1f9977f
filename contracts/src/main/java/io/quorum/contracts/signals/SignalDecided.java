package io.quorum.contracts.signals;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The voters of an AI trend bot decided on the candle that closed at {@code candleClosedAt} (event time).
 * {@code votes} holds every ballot, abstentions included; {@code tally} the votes per action and
 * {@code required} the votes each action needed out of all voters asked. {@code technicalOnly}: no LLM
 * voter took part (none configured, none answered, or the user's daily LLM call budget left them out — the
 * {@code reason} says which), so technical voters alone decided. {@code intentId}
 * names the order intent the decision produced, absent for HOLD or when the confirm step refused the trade
 * ({@code reason} says why).
 */
public record SignalDecided(DecisionId decisionId, BotId botId, UserId userId, Symbol symbol, Instant candleClosedAt,
                            TradeAction action, String reason, boolean technicalOnly, List<CastVote> votes,
                            Map<TradeAction, Integer> tally, Map<TradeAction, Integer> required, IntentId intentId)
        implements BotScoped, UserScoped {

    public SignalDecided {
        requireNonNull(decisionId, "decisionId");
        requireNonNull(botId, "botId");
        requireNonNull(userId, "userId");
        requireNonNull(symbol, "symbol");
        requireNonNull(candleClosedAt, "candleClosedAt");
        requireNonNull(action, "action");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs its reason");
        }
        votes = List.copyOf(requireNonNull(votes, "votes"));
        if (votes.isEmpty()) {
            throw new IllegalArgumentException("a decision needs at least one voter");
        }
        tally = counts("tally", tally, 0, votes.size());
        required = counts("required", required, 1, votes.size());
        if (required.containsKey(TradeAction.HOLD)) {
            throw new IllegalArgumentException("HOLD needs no votes: it is what happens when nothing else passes");
        }
        if (technicalOnly && votes.stream().anyMatch(v -> v.voterKind() == VoterKind.LLM && !v.abstained())) {
            throw new IllegalArgumentException("a decision with an LLM vote was not decided by technical voters alone");
        }
        if (action == TradeAction.HOLD && intentId != null) {
            throw new IllegalArgumentException("a HOLD decision produces no order intent");
        }
    }

    private static Map<TradeAction, Integer> counts(String name, Map<TradeAction, Integer> counts, int min, int max) {
        requireNonNull(counts, name);
        counts.forEach((action, count) -> {
            if (action == null || count == null || count < min || count > max) {
                throw new IllegalArgumentException(name + " of " + action + " must be between " + min + " and " + max
                        + " (the voters asked), was " + count);
            }
        });
        return counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }
}
