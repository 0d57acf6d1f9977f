package io.quorum.signal.cycle;

import io.quorum.signal.llm.CallRecording;
import io.quorum.signal.llm.LlmCall;
import io.quorum.signal.llm.LlmCallOutcome;
import io.quorum.signal.voting.VoterId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every call in {@code llm_calls}, votes and loss reviews, as a {@link CallRecording} in the order recorded — what a
 * provider's {@code recording} answers from in another run. Calls answered from a recording are written too, so a
 * replay's export is a recording as well; misses of a recording are not, as nothing answered them.
 */
public class LlmCallExport {

    private final JdbcClient jdbc;

    LlmCallExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void writeTo(Writer out) {
        jdbc.sql("select * from llm_calls where outcome <> ? order by id").param(LlmCallOutcome.NOT_RECORDED.name())
                .query(rs -> {
                    LlmCall call = new LlmCall(VoterId.llm(rs.getString("voter")), rs.getString("provider"),
                            rs.getString("model"), rs.getTimestamp("decided_at").toInstant(), rs.getString("prompt"),
                            rs.getString("response"), rs.getString("error"), Duration.ofMillis(rs.getLong("latency_ms")),
                            (Integer) rs.getObject("prompt_tokens"), (Integer) rs.getObject("completion_tokens"),
                            LlmCallOutcome.valueOf(rs.getString("outcome")), rs.getBoolean("replayed"));
                    write(out, CallRecording.line(call, rs.getString("purpose")));
                });
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("the export's reader went away", e);
        }
    }
}
