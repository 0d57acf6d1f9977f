package io.quorum.signal.llm;

import io.quorum.signal.voting.VoterId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One call as recorded for audit and replay: which voter asked which provider and model at which
 * decision (event time), the prompt, the response text or the error, latency, tokens and outcome.
 * {@code replayed} marks calls answered from a recording rather than an endpoint. Holds no key.
 */
public record LlmCall(VoterId voter, String provider, String model, Instant decidedAt, String prompt, String response,
                      String error, Duration latency, Integer promptTokens, Integer completionTokens,
                      LlmCallOutcome outcome, boolean replayed) {

    public LlmCall {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(decidedAt, "decision time");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(outcome, "outcome");
    }

    static LlmCall of(VoterId voter, LlmEndpoint endpoint, Instant decidedAt, LlmPrompt prompt, LlmExchange exchange) {
        LlmProvider provider = endpoint.provider();
        return new LlmCall(voter, provider.name(), provider.model(), decidedAt, prompt.text(), exchange.text(),
                exchange.error(), exchange.latency(), exchange.promptTokens(), exchange.completionTokens(),
                exchange.outcome(), endpoint instanceof RecordedAnswers);
    }

    /** The exchange as it came back, for answering the same prompt again without the endpoint. */
    LlmExchange exchange() {
        return new LlmExchange(outcome, response, error, latency, promptTokens, completionTokens);
    }
}
