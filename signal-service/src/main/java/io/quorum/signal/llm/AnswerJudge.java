package io.quorum.signal.llm;

import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Proposal;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what came back from an endpoint into a ballot. Two kinds of bad answer are kept apart:
 * no usable answer (timeout, 429, 5xx, empty, garbage, unknown action, no explanation) is an
 * {@link Abstention} — the voter said nothing; a readable answer that breaks the bot's rules (leverage
 * above its limit, closing or adding to a position it does not have) is a HOLD vote whose
 * explanation names the broken rule — the voter spoke, and what it asked for is refused.
 */
final class AnswerJudge {

    private static final Set<Action> NEED_A_POSITION = EnumSet.of(Action.CLOSE, Action.DCA, Action.STOP_LOSS);

    private AnswerJudge() {
    }

    static Ballot judge(VoterId voter, LlmExchange exchange, PromptContext context) {
        if (!exchange.answered()) {
            return new Abstention(voter, reasonOf(exchange.outcome()), voter.name() + ": " + exchange.error());
        }
        return switch (AnswerReader.read(exchange.text())) {
            case AnswerReader.Unreadable unreadable ->
                    new Abstention(voter, AbstentionReason.GARBAGE_ANSWER, voter.name() + ": " + unreadable.reason());
            case AnswerReader.Read read -> ruled(voter, read.answer(), context);
        };
    }

    private static Ballot ruled(VoterId voter, LlmAnswer answer, PromptContext context) {
        Optional<String> broken = brokenRule(answer, context);
        if (broken.isPresent()) {
            return Vote.of(voter, Action.HOLD, BigDecimal.ZERO, "HOLD instead of " + answer.action() + ", the answer "
                    + broken.get() + " (the model said: " + AnswerReader.abbreviate(answer.explanation()) + ")");
        }
        Proposal proposal = new Proposal(answer.takeProfit(), answer.stopLoss(), answer.leverage());
        return new Vote(voter, answer.action(), answer.confidence(), answer.explanation(), proposal, answer.closeNow(),
                answer.updateExisting());
    }

    private static Optional<String> brokenRule(LlmAnswer answer, PromptContext context) {
        if (answer.leverage() != null && answer.leverage() > context.maxLeverage()) {
            return Optional.of("asked for leverage " + answer.leverage() + ", above the bot's limit of "
                    + context.maxLeverage());
        }
        boolean flat = context.openPosition().isEmpty();
        if (flat && NEED_A_POSITION.contains(answer.action())) {
            return Optional.of("voted " + answer.action() + " but the bot has no open position");
        }
        if (flat && answer.updateExisting()) {
            return Optional.of("asked to move the TP/SL of a position the bot does not have");
        }
        return Optional.empty();
    }

    private static AbstentionReason reasonOf(LlmCallOutcome outcome) {
        return switch (outcome) {
            case TIMEOUT -> AbstentionReason.TIMEOUT;
            case RATE_LIMITED -> AbstentionReason.RATE_LIMITED;
            case SERVER_ERROR, REFUSED -> AbstentionReason.SERVER_ERROR;
            case NO_CONTENT -> AbstentionReason.GARBAGE_ANSWER;
            case NOT_RECORDED -> AbstentionReason.NOT_ENOUGH_DATA;
            case ANSWERED -> throw new IllegalArgumentException("an answered call is read, not abstained");
        };
    }
}
