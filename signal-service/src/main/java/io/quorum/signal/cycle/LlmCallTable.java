package io.quorum.signal.cycle;

import io.quorum.contracts.ids.BotId;
import io.quorum.signal.llm.LlmCall;
import io.quorum.signal.llm.LlmCallLog;
import io.quorum.signal.llm.LlmCallOutcome;
import io.quorum.signal.voting.VoterId;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One bot's LLM calls in table {@code llm_calls}, each committed on its own as it returns (outside the
 * decision's transaction, so an answer survives a crash before the decision commits). The key never gets here.
 */
final class LlmCallTable implements LlmCallLog {

    private final JdbcClient jdbc;
    private final BotId bot;
    private final ReusedAnswers endpoint;

    LlmCallTable(JdbcClient jdbc, BotId bot, ReusedAnswers endpoint) {
        this.jdbc = jdbc;
        this.bot = bot;
        this.endpoint = endpoint;
    }

    @Override
    public void record(LlmCall call) {
        jdbc.sql("""
                insert into llm_calls (bot_id, voter, provider, model, decided_at, prompt, response, error, latency_ms,
                    prompt_tokens, completion_tokens, outcome, replayed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(bot.value(), call.voter().name(), call.provider(), call.model(), Timestamp.from(call.decidedAt()),
                        call.prompt(), call.response(), call.error(), call.latency().toMillis(), call.promptTokens(),
                        call.completionTokens(), call.outcome().name(), call.replayed() || endpoint.replayed(call.prompt()))
                .update();
    }

    @Override
    public List<LlmCall> calls() {
        return jdbc.sql("select * from llm_calls where bot_id = ? order by id").param(bot.value())
                .query((rs, n) -> new LlmCall(VoterId.llm(rs.getString("voter")), rs.getString("provider"),
                        rs.getString("model"), rs.getTimestamp("decided_at").toInstant(), rs.getString("prompt"),
                        rs.getString("response"), rs.getString("error"), Duration.ofMillis(rs.getLong("latency_ms")),
                        (Integer) rs.getObject("prompt_tokens"), (Integer) rs.getObject("completion_tokens"),
                        LlmCallOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("replayed")))
                .list();
    }
}
