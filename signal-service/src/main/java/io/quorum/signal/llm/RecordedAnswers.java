package io.quorum.signal.llm;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers prompts from an earlier run's calls instead of an endpoint, so a replay on recorded
 * market data gets the same answers, hence the same votes and decisions, without any HTTP call.
 * A prompt is matched exactly, for this provider and model. An answer wins over a failure of the
 * same prompt (a failure is asked again when its candle is redelivered, so the answer is what the
 * decision was taken on); among answers the first recorded wins, so the result never depends on
 * which thread asked first. A prompt only ever failed replays as that failure: a voter that timed
 * out in the recording abstains again. The recorded latency and tokens come back with the answer —
 * what it cost when it was paid for. A prompt not in the recording is a failure too, never a live call.
 */
public final class RecordedAnswers implements LlmEndpoint {

    private final LlmProvider provider;
    private final Map<String, LlmExchange> byPrompt = new HashMap<>();

    public RecordedAnswers(LlmProvider provider, List<LlmCall> recording) {
        this.provider = provider;
        for (LlmCall call : recording) {
            if (call.provider().equals(provider.name()) && call.model().equals(provider.model())
                    && call.outcome() != LlmCallOutcome.NOT_RECORDED) {
                byPrompt.merge(call.prompt(), call.exchange(), (kept, later) -> !kept.answered() && later.answered() ? later : kept);
            }
        }
    }

    @Override
    public LlmProvider provider() {
        return provider;
    }

    @Override
    public LlmExchange complete(LlmPrompt prompt) {
        LlmExchange recorded = byPrompt.get(prompt.text());
        if (recorded == null) {
            return LlmExchange.failed(LlmCallOutcome.NOT_RECORDED,
                    "not in the recording: no answer of " + provider.name() + " (" + provider.model()
                            + ") was recorded for this prompt", Duration.ZERO);
        }
        return recorded;
    }

    /** How many distinct prompts the recording answers. */
    public int size() {
        return byPrompt.size();
    }
}
