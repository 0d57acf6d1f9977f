package io.quorum.signal.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * What came back from one call: the outcome, the answer's text (when answered) or the error, how
 * long it took and the tokens the endpoint reported (null when it reported none).
 */
public record LlmExchange(LlmCallOutcome outcome, String text, String error, Duration latency, Integer promptTokens,
                          Integer completionTokens) {

    public LlmExchange {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(latency, "latency");
        if (outcome == LlmCallOutcome.ANSWERED ? text == null : error == null) {
            throw new IllegalArgumentException("an answered call has a text, a failed one an error");
        }
    }

    public static LlmExchange answered(String text, Duration latency, Integer promptTokens, Integer completionTokens) {
        return new LlmExchange(LlmCallOutcome.ANSWERED, text, null, latency, promptTokens, completionTokens);
    }

    public static LlmExchange failed(LlmCallOutcome outcome, String error, Duration latency) {
        return new LlmExchange(outcome, null, error, latency, null, null);
    }

    public boolean answered() {
        return outcome == LlmCallOutcome.ANSWERED;
    }
}
