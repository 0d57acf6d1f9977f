package io.quorum.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A request {@link FakeOpenAi} received: path, {@code Authorization} header, the body as JSON, and
 * when it arrived and when the answer went out (wall clock: for checking that calls overlapped,
 * never for trading logic).
 */
public record FakeOpenAiRequest(String path, String authorization, JsonNode body, Instant received, Instant answered) {

    public String model() {
        return body.path("model").asString("");
    }

    /** The messages' texts in order (system first, as clients send them). */
    public List<String> messageContents() {
        return body.path("messages").valueStream().map(message -> message.path("content").asString("")).toList();
    }

    public List<String> messageRoles() {
        return body.path("messages").valueStream().map(message -> message.path("role").asString("")).toList();
    }

    /** The {@code response_format} object, absent when the client asked for plain text. */
    public Optional<JsonNode> responseFormat() {
        JsonNode format = body.get("response_format");
        return format == null || format.isNull() ? Optional.empty() : Optional.of(format);
    }

    /** {@code json_schema}, {@code json_object}, {@code text}, or empty when no format was sent. */
    public String responseFormatType() {
        return responseFormat().map(format -> format.path("type").asString("")).orElse("");
    }

    /** True when this call's time in the fake overlapped {@code other}'s. */
    public boolean overlaps(FakeOpenAiRequest other) {
        return received.isBefore(other.answered) && other.received.isBefore(answered);
    }
}
