package io.quorum.signal.cycle;

import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.TradeAction;
import java.time.Instant;
import java.util.List;

/** A decision as stored: every ballot, the outcome, and the order it led to (absent for HOLD or a refusal). */
public record StoredDecision(DecisionId decisionId, Symbol symbol, Instant candleClosedAt, TradeAction action, String reason,
                             boolean technicalOnly, String tally, String required, IntentId intentId, Order order,
                             List<CastVote> votes) {

    /** The order behind the intent, with the take-profit and stop-loss the confirm step set for an entry. */
    public record Order(String side, String type, String limitPrice, String quantity, Integer leverage, String takeProfit,
                        String stopLoss) {
    }
}
