package io.quorum.signal.api;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.signal.cycle.StoredDecision;
import java.time.Instant;
import java.util.List;

/** What {@code /api/signals} answers. */
final class SignalViews {

    private SignalViews() {
    }

    /** {@code nextBefore}: pass it as {@code before} for the older page; absent on the last page. */
    record Page(BotId botId, List<Decision> decisions, Instant nextBefore) {
    }

    record Decision(DecisionId decisionId, Symbol symbol, Instant candleClosedAt, TradeAction action, String reason,
                    boolean technicalOnly, String decidedBy, String tally, String required, IntentId intentId,
                    StoredDecision.Order order, List<CastVote> votes) {
    }

    record Status(List<String> llmProviders, boolean technicalOnly, String voters) {
    }
}
