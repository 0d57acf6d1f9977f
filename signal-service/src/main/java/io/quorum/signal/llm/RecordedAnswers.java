package io.quorum.signal.llm;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers prompts from an earlier run's call log instead of an endpoint, so a replay on recorded
 * market data gets the same answers, hence the same votes and decisions, without any HTTP call.
 * A prompt is matched exactly, for this provider and model; the first recorded answer wins, so the
 * result never depends on which thread asked first. Failures replay as failures: a voter that
 * timed out in the recording abstains again.
 */
public final class RecordedAnswers implements LlmEndpoint {

    private final LlmProvider provider;
    private final Map<String, LlmExchange> byPrompt = new HashMap<>();

    public RecordedAnswers(LlmProvider provider, List<LlmCall> recording) {
        this.provider = provider;
        for (LlmCall call : recording) {
            if (call.provider().equals(provider.name()) && call.model().equals(provider.model())) {
                byPrompt.putIfAbsent(call.prompt(), call.exchange());
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
                    "no answer of " + provider.name() + " was recorded for this prompt", Duration.ZERO);
        }
        return new LlmExchange(recorded.outcome(), recorded.text(), recorded.error(), Duration.ZERO,
                recorded.promptTokens(), recorded.completionTokens());
    }

    public int size() {
        return byPrompt.size();
    }
}
