package io.quorum.signal.llm;

/**
 * Somewhere a prompt gets an answer: a live OpenAI-compatible endpoint, or the answers recorded in
 * an earlier run. It never throws: every failure comes back as an {@link LlmExchange} outcome.
 */
public interface LlmEndpoint {

    LlmProvider provider();

    LlmExchange complete(LlmPrompt prompt);

    /**
     * A call whose answer is not a vote (a loss review): the vote's schema must not be enforced on it. An endpoint
     * that enforces nothing answers it like any other call.
     */
    default LlmExchange completeFreeForm(LlmPrompt prompt) {
        return complete(prompt);
    }
}
