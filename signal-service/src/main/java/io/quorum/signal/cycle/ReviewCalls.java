package io.quorum.signal.cycle;

import io.quorum.signal.journal.ClosedTrade;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmExchange;
import io.quorum.signal.llm.LlmPrompt;
import io.quorum.signal.llm.LlmProvider;
import io.quorum.signal.llm.RecordedAnswers;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loss-review calls in {@code llm_calls} (purpose {@code LOSS_REVIEW}, decision time = the trade's close): each
 * committed as it returns, and an answer already recorded for the same bot, close, provider, model and prompt is
 * reused (logged again as replayed) instead of paying for the call twice. Failures are asked again.
 */
public class ReviewCalls {

    static final String PURPOSE = "LOSS_REVIEW";

    private final JdbcClient jdbc;

    public ReviewCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LlmExchange ask(LlmEndpoint endpoint, ClosedTrade trade, LlmPrompt prompt) {
        LlmProvider provider = endpoint.provider();
        Optional<LlmExchange> recorded = jdbc.sql("""
                select response, prompt_tokens, completion_tokens from llm_calls where bot_id = ? and decided_at = ?
                    and provider = ? and model = ? and purpose = ? and outcome = 'ANSWERED' and prompt = ? order by id limit 1""")
                .params(trade.botId().value(), Timestamp.from(trade.closedAt()), provider.name(), provider.model(), PURPOSE,
                        prompt.text())
                .query((rs, n) -> LlmExchange.answered(rs.getString(1), Duration.ZERO, (Integer) rs.getObject(2),
                        (Integer) rs.getObject(3)))
                .optional();
        LlmExchange exchange = recorded.orElseGet(() -> endpoint.completeFreeForm(prompt));
        jdbc.sql("""
                insert into llm_calls (bot_id, voter, provider, model, decided_at, prompt, response, error, latency_ms,
                    prompt_tokens, completion_tokens, outcome, replayed, purpose) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(trade.botId().value(), provider.name(), provider.name(), provider.model(),
                        Timestamp.from(trade.closedAt()), prompt.text(), exchange.text(), exchange.error(),
                        exchange.latency().toMillis(), exchange.promptTokens(), exchange.completionTokens(),
                        exchange.outcome().name(), recorded.isPresent() || endpoint instanceof RecordedAnswers, PURPOSE)
                .update();
        return exchange;
    }
}
