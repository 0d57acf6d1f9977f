package io.quorum.signal.cycle;

import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.Confidence;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.contracts.signals.VoterKind;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Vote;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A panel's decision in the published language: {@code SignalDecided} with every ballot as a {@code CastVote}. */
final class Decided {

    private Decided() {
    }

    static SignalDecided of(DecisionId id, AiBot bot, Instant at, Decision decision, TradePlan plan, IntentId intentId) {
        String reason = plan.note() == null ? decision.reason() : decision.reason() + "; " + plan.note();
        return new SignalDecided(id, bot.botId(), bot.userId(), bot.symbol(), at, decision.action().published(), reason,
                decision.technicalOnly(), decision.ballots().stream().map(Decided::cast).toList(),
                published(decision.tally()), published(decision.required()), intentId);
    }

    static CastVote cast(Ballot ballot) {
        VoterKind kind = VoterKind.valueOf(ballot.voter().kind().name());
        return switch (ballot) {
            case Vote v -> new CastVote(v.voter().name(), kind, v.action().published(), null, new Confidence(v.confidence()),
                    v.explanation(), v.proposal().takeProfit(), v.proposal().stopLoss(), v.proposal().leverage(),
                    v.closeNow(), v.updateExisting());
            case Abstention a -> CastVote.abstain(a.voter().name(), kind, a.reason() + ": " + a.detail());
        };
    }

    private static Map<TradeAction, Integer> published(Map<Action, Integer> counts) {
        Map<TradeAction, Integer> map = new EnumMap<>(TradeAction.class);
        counts.forEach((action, count) -> map.put(action.published(), count));
        return map;
    }
}
