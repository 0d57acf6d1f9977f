package io.quorum.signal.api;

import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.signal.cycle.StoredDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What {@code /api/signals} answers. */
final class SignalViews {

    private SignalViews() {
    }

    /** One decision with every vote; the items of {@code /api/signals}' pages. */
    record Decision(DecisionId decisionId, Symbol symbol, Instant candleClosedAt, TradeAction action, String reason,
                    boolean technicalOnly, String decidedBy, String tally, String required, IntentId intentId,
                    StoredDecision.Order order, List<CastVote> votes) {
    }

    /** {@code llmBudget}: the caller's daily LLM call budget, absent when the request names no user. */
    record Status(List<String> llmProviders, boolean technicalOnly, String voters, Budget llmBudget) {
    }

    /**
     * {@code day}: the UTC date of the newest stored 15m candle's close — the market's time, by which budgets are
     * counted —, absent before any candle; {@code used} and {@code remaining} are then for a fresh day.
     */
    record Budget(LocalDate day, int dailyLimit, int used, int remaining) {
    }
}
