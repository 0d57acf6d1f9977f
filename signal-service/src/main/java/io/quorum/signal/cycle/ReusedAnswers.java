package io.quorum.signal.cycle;

import io.quorum.contracts.ids.BotId;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmExchange;
import io.quorum.signal.llm.LlmPrompt;
import io.quorum.signal.llm.LlmProvider;
import io.quorum.signal.llm.RecordedAnswers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A provider's endpoint that first looks for an answer this bot already got to the same prompt at the same
 * decision time. Calls are recorded as they return, before the decision commits; a crash in between
 * redelivers the candle, and the panel then decides on the answers already paid for, so the retried
 * decision is the one the first attempt would have made. Failures are asked again.
 */
final class ReusedAnswers implements LlmEndpoint {

    private final LlmEndpoint live;
    private final BotId bot;
    private final Instant decidedAt;
    private final JdbcClient jdbc;
    private final Set<String> reused = ConcurrentHashMap.newKeySet();

    ReusedAnswers(LlmEndpoint live, BotId bot, Instant decidedAt, JdbcClient jdbc) {
        this.live = live;
        this.bot = bot;
        this.decidedAt = decidedAt;
        this.jdbc = jdbc;
    }

    @Override
    public LlmProvider provider() {
        return live.provider();
    }

    @Override
    public LlmExchange complete(LlmPrompt prompt) {
        Optional<LlmExchange> recorded = jdbc.sql("""
                select response, prompt_tokens, completion_tokens from llm_calls
                where bot_id = ? and decided_at = ? and provider = ? and model = ? and outcome = 'ANSWERED' and prompt = ?
                order by id limit 1""")
                .params(bot.value(), Timestamp.from(decidedAt), provider().name(), provider().model(), prompt.text())
                .query((rs, n) -> LlmExchange.answered(rs.getString(1), Duration.ZERO,
                        (Integer) rs.getObject(2), (Integer) rs.getObject(3)))
                .optional();
        if (recorded.isPresent()) {
            reused.add(prompt.text());
            return recorded.get();
        }
        return live.complete(prompt);
    }

    /** Whether the answer to this prompt came from a recording rather than a call: reused here, or the provider replays. */
    boolean replayed(String prompt) {
        return live instanceof RecordedAnswers || reused.contains(prompt);
    }
}
