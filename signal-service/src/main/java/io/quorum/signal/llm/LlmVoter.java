package io.quorum.signal.llm;

import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.Voter;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.VoterId;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One LLM on a bot's panel: writes the prompt from the decision's context, asks its endpoint (live
 * or recorded), records the call, and returns a vote or an abstention — never an exception, so a
 * failing model never blocks the others. The voter is named after its provider.
 */
public final class LlmVoter implements Voter {

    private static final Logger LOG = LoggerFactory.getLogger(LlmVoter.class);

    private final LlmEndpoint endpoint;
    private final LlmCallLog log;
    private final Briefing briefing;
    private final VoterId id;

    /** One bot's voter; the endpoint, and with it the provider's concurrency limit, is shared by every bot. */
    public LlmVoter(LlmEndpoint endpoint, LlmCallLog log, Briefing briefing) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.log = Objects.requireNonNull(log, "call log");
        this.briefing = Objects.requireNonNull(briefing, "briefing");
        this.id = VoterId.llm(endpoint.provider().name());
    }

    @Override
    public VoterId id() {
        return id;
    }

    /** The longest a vote may take: waiting for a call slot, then the call, each bounded by the timeout. */
    public Duration timeout() {
        return endpoint.provider().timeout().multipliedBy(2);
    }

    @Override
    public Ballot vote(MarketContext market) {
        PromptContext context;
        try {
            context = briefing.brief(market);
        } catch (RuntimeException e) {
            LOG.error("LLM voter {} could not be briefed at {}", id.name(), market.at(), e);
            return new Abstention(id, AbstentionReason.NOT_ENOUGH_DATA, id.name() + ": no briefing for this bot: " + e);
        }
        return vote(context);
    }

    public Ballot vote(PromptContext context) {
        try {
            LlmPrompt prompt = PromptWriter.write(context, endpoint.provider().outputMode());
            LlmExchange exchange = endpoint.complete(prompt);
            record(LlmCall.of(id, endpoint, context.market().at(), prompt, exchange));
            Ballot ballot = AnswerJudge.judge(id, exchange, context);
            if (ballot instanceof Abstention abstention) {
                LOG.warn("LLM voter {} abstained at {} on {}: {}", endpoint.provider(), context.market().at(),
                        context.market().symbol().value(), abstention.detail());
            }
            return ballot;
        } catch (RuntimeException e) {
            LOG.error("LLM voter {} failed at {}", id.name(), context.market().at(), e);
            return new Abstention(id, AbstentionReason.SERVER_ERROR, id.name() + " failed: " + e);
        }
    }

    /** A call log that cannot write must not cost the vote; the failure is loud in the log instead. */
    private void record(LlmCall call) {
        try {
            log.record(call);
        } catch (RuntimeException e) {
            LOG.error("could not record the LLM call of {} at {}", id.name(), call.decidedAt(), e);
        }
    }
}
