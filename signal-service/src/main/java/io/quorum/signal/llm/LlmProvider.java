package io.quorum.signal.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * One OpenAI-compatible endpoint and model (OpenAI, DeepSeek, Qwen, a local Ollama or vLLM): its
 * name (the voter's name in a panel), base URL, model, key, how long a call may take, how it is
 * asked for structured output, and how many calls may be in flight at once across every bot.
 */
public record LlmProvider(String name, String baseUrl, String model, ApiKey apiKey, Duration timeout,
                          OutputMode outputMode, int maxConcurrentCalls) {

    public LlmProvider {
        requireText(name, "name");
        requireText(baseUrl, "base URL");
        requireText(model, "model");
        Objects.requireNonNull(apiKey, "api key");
        Objects.requireNonNull(outputMode, "output mode");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("provider " + name + " needs a positive timeout, was " + timeout);
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("provider " + name + " needs at least one concurrent call, was "
                    + maxConcurrentCalls);
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an LLM provider needs a " + what);
        }
    }

    @Override
    public String toString() {
        return name + " (" + model + " at " + baseUrl + ", " + outputMode + ", timeout " + timeout + ", at most "
                + maxConcurrentCalls + " calls in flight)";
    }
}
