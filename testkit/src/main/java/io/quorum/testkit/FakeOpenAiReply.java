package io.quorum.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One scripted answer of {@link FakeOpenAi}: a chat completion whose message content is
 * {@code content} (empty or garbage included), or an HTTP error with a body and headers, either of
 * them after an optional delay. Immutable; {@link #after(Duration)} and {@link #withUsage} return copies.
 */
public record FakeOpenAiReply(int status, String content, String errorBody, Map<String, String> headers, Duration delay,
                              int promptTokens, int completionTokens) {

    public FakeOpenAiReply {
        Objects.requireNonNull(delay, "delay");
        headers = Map.copyOf(headers);
        if (status == 200 && content == null) {
            throw new IllegalArgumentException("a 200 reply needs a message content (use \"\" for an empty one)");
        }
    }

    /** A normal completion whose assistant message says {@code content}. */
    public static FakeOpenAiReply answer(String content) {
        return new FakeOpenAiReply(200, content, null, Map.of(), Duration.ZERO, 120, 40);
    }

    /** A completion with an empty message, as some models send when they refuse or run out of tokens. */
    public static FakeOpenAiReply emptyContent() {
        return answer("");
    }

    /** An error status with an OpenAI-style error body. */
    public static FakeOpenAiReply error(int status, String message) {
        String body = "{\"error\":{\"message\":\"" + message.replace("\"", "'") + "\",\"type\":\"server_error\",\"code\":null}}";
        return new FakeOpenAiReply(status, null, body, Map.of(), Duration.ZERO, 0, 0);
    }

    /** HTTP 429 with the {@code Retry-After} header the real API sends. */
    public static FakeOpenAiReply rateLimited(Duration retryAfter) {
        FakeOpenAiReply reply = error(429, "Rate limit reached for requests");
        return new FakeOpenAiReply(429, null, reply.errorBody(), Map.of("Retry-After", String.valueOf(retryAfter.toSeconds())),
                Duration.ZERO, 0, 0);
    }

    public static FakeOpenAiReply serverError() {
        return error(500, "The server had an error while processing your request");
    }

    /** A 200 whose body is not a chat completion at all (a proxy's HTML page, a truncated stream). */
    public static FakeOpenAiReply garbageBody(String body) {
        return new FakeOpenAiReply(200, "", body, Map.of(), Duration.ZERO, 0, 0);
    }

    public FakeOpenAiReply after(Duration newDelay) {
        return new FakeOpenAiReply(status, content, errorBody, headers, newDelay, promptTokens, completionTokens);
    }

    public FakeOpenAiReply withUsage(int newPromptTokens, int newCompletionTokens) {
        return new FakeOpenAiReply(status, content, errorBody, headers, delay, newPromptTokens, newCompletionTokens);
    }

    /** A 200 answered with a raw body instead of a completion. */
    boolean rawBody() {
        return status == 200 && errorBody != null;
    }
}
