package io.quorum.signal.llm;

/**
 * Somewhere a prompt gets an answer: a live OpenAI-compatible endpoint, or the answers recorded in
 * an earlier run. It never throws: every failure comes back as an {@link LlmExchange} outcome.
 */
public interface LlmEndpoint {

    LlmProvider provider();

    LlmExchange complete(LlmPrompt prompt);
}
