package io.quorum.signal.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A live OpenAI-compatible endpoint through langchain4j's client. One instance per provider, shared
 * by every bot's voter, because its semaphore is the provider's concurrency limit: at most
 * {@code maxConcurrentCalls} calls in flight, the others wait for a slot at most the timeout. The
 * client never retries: a retry would overrun the decision, and the next candle asks again anyway.
 */
public final class OpenAiEndpoint implements LlmEndpoint {

    private final LlmProvider provider;
    private final ChatModel model;
    private final Semaphore slots;
    private final ResponseFormat format;
    private final ResponseFormat freeForm;

    public OpenAiEndpoint(LlmProvider provider) {
        this.provider = provider;
        this.model = OpenAiChatModel.builder()
                .baseUrl(provider.baseUrl())
                .apiKey(provider.apiKey().reveal())
                .modelName(provider.model())
                .timeout(provider.timeout())
                .maxRetries(0)
                .strictJsonSchema(false)
                .logRequests(false)
                .logResponses(false)
                .build();
        this.slots = new Semaphore(provider.maxConcurrentCalls(), true);
        this.format = switch (provider.outputMode()) {
            case JSON_SCHEMA -> ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(AnswerSchema.SCHEMA).build();
            case JSON_MODE -> ResponseFormat.JSON;
            case FENCED_TEXT -> null;
        };
        this.freeForm = provider.outputMode() == OutputMode.FENCED_TEXT ? null : ResponseFormat.JSON;
    }

    @Override
    public LlmProvider provider() {
        return provider;
    }

    @Override
    public LlmExchange complete(LlmPrompt prompt) {
        return call(prompt, format);
    }

    /** JSON without the vote's schema (or free text for a provider that takes no format), in the same call slots. */
    @Override
    public LlmExchange completeFreeForm(LlmPrompt prompt) {
        return call(prompt, freeForm);
    }

    private LlmExchange call(LlmPrompt prompt, ResponseFormat format) {
        long started = System.nanoTime();
        try {
            if (!slots.tryAcquire(provider.timeout().toNanos(), TimeUnit.NANOSECONDS)) {
                return LlmExchange.failed(LlmCallOutcome.TIMEOUT, "no call slot came free within " + provider.timeout()
                        + " (" + provider.maxConcurrentCalls() + " calls in flight)", since(started));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LlmExchange.failed(LlmCallOutcome.TIMEOUT, "gave up waiting for a call slot", since(started));
        }
        try {
            return answer(model.chat(request(prompt, format)), started);
        } catch (RuntimeException e) {
            CallFailures.Failure failure = CallFailures.classify(e);
            return LlmExchange.failed(failure.outcome(), scrub(failure.detail()), since(started));
        } finally {
            slots.release();
        }
    }

    private static ChatRequest request(LlmPrompt prompt, ResponseFormat format) {
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()));
        return format == null ? request.build() : request.responseFormat(format).build();
    }

    private static LlmExchange answer(ChatResponse response, long started) {
        AiMessage message = response.aiMessage();
        String text = message == null ? null : message.text();
        if (text == null || text.isBlank()) {
            return LlmExchange.failed(LlmCallOutcome.NO_CONTENT, "the completion had no content", since(started));
        }
        TokenUsage usage = response.tokenUsage();
        return LlmExchange.answered(text, since(started), usage == null ? null : usage.inputTokenCount(),
                usage == null ? null : usage.outputTokenCount());
    }

    /** Error bodies sometimes quote the key they refused; it must not reach the call log. */
    private String scrub(String detail) {
        return detail.replace(provider.apiKey().reveal(), "****");
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
