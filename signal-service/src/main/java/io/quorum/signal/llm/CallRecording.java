package io.quorum.signal.llm;

import io.quorum.signal.voting.VoterId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The file form of a run's LLM calls, for answering them in another run: JSON Lines, one call per line, with
 * what determines an answer and what came back — {@code provider}, {@code model}, {@code prompt} (both messages
 * as {@link LlmPrompt#text()}), {@code outcome}, {@code response} or {@code error}, {@code latencyMs},
 * {@code promptTokens}, {@code completionTokens} — plus {@code purpose} and {@code decidedAt} (event time) for
 * whoever reads it. No bot, user or key: prompts hold none, so a recording fits any run on the same market.
 */
public final class CallRecording {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CallRecording() {
    }

    /** One line (without its line break) for a call made for {@code purpose} ({@code VOTE}, {@code LOSS_REVIEW}). */
    public static String line(LlmCall call, String purpose) {
        ObjectNode line = JSON.createObjectNode();
        line.put("provider", call.provider());
        line.put("model", call.model());
        line.put("purpose", purpose);
        line.put("decidedAt", call.decidedAt().toString());
        line.put("outcome", call.outcome().name());
        line.put("response", call.response());
        line.put("error", call.error());
        line.put("latencyMs", call.latency().toMillis());
        line.put("promptTokens", call.promptTokens());
        line.put("completionTokens", call.completionTokens());
        line.put("prompt", call.prompt());
        return JSON.writeValueAsString(line);
    }

    /** Every call of a recording file, in the order recorded; a line that is no call stops the service's start. */
    public static List<LlmCall> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the LLM recording " + file, e);
        }
        List<LlmCall> calls = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                calls.add(call(lines.get(i), file, i + 1));
            }
        }
        return List.copyOf(calls);
    }

    private static LlmCall call(String text, Path file, int lineNumber) {
        try {
            JsonNode line = JSON.readTree(text);
            String provider = required(line, "provider");
            LlmCall call = new LlmCall(VoterId.llm(provider), provider, required(line, "model"),
                    Instant.parse(required(line, "decidedAt")), required(line, "prompt"), optional(line, "response"),
                    optional(line, "error"), Duration.ofMillis(line.path("latencyMs").asLong(0)),
                    count(line, "promptTokens"), count(line, "completionTokens"),
                    LlmCallOutcome.valueOf(required(line, "outcome")), true);
            call.exchange(); // an answer without its text, or a failure without its error, is refused here
            return call;
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("line " + lineNumber + " of the LLM recording " + file + " is no call: "
                    + e.getMessage(), e);
        }
    }

    private static String required(JsonNode line, String field) {
        String value = optional(line, field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    private static String optional(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer count(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
