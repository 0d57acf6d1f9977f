package io.quorum.signal.llm;

import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.List;

/**
 * The shape of a vote an LLM is asked for: sent as a JSON schema where the endpoint takes one, and
 * described in words otherwise. Not strict, since several OpenAI-compatible servers reject strict
 * schemas; {@link AnswerReader} checks every answer anyway.
 */
final class AnswerSchema {

    static final List<String> ACTIONS = List.of("long", "short", "close", "dca", "stop_loss", "hold");

    static final JsonSchema SCHEMA = JsonSchema.builder()
            .name("quorum_vote")
            .rootElement(JsonObjectSchema.builder()
                    .addEnumProperty("action", ACTIONS, "what to do now")
                    .addNumberProperty("confidence", "from 0 to 1")
                    .addStringProperty("explanation", "why, in one to three sentences a trader can check")
                    .addNumberProperty("take_profit", "take-profit price, optional")
                    .addNumberProperty("stop_loss", "stop-loss price, optional")
                    .addIntegerProperty("leverage", "leverage for a new position, optional, never above the bot's limit")
                    .addBooleanProperty("close_now", "close the open position at market now")
                    .addBooleanProperty("update_existing", "only move the open position's take-profit and stop-loss")
                    .required("action", "confidence", "explanation")
                    .additionalProperties(false)
                    .build())
            .build();

    /** The same shape in words, for endpoints that take no schema. */
    static final String DESCRIPTION = """
            A JSON object with these fields:
            - "action" (required): one of "long", "short", "close", "dca", "stop_loss", "hold"
            - "confidence" (required): a number from 0 to 1
            - "explanation" (required): why, in one to three sentences a trader can check
            - "take_profit", "stop_loss" (optional): prices as numbers
            - "leverage" (optional): a whole number, never above the bot's limit
            - "close_now" (optional, default false): close the open position at market now
            - "update_existing" (optional, default false): only move the open position's take-profit and stop-loss""";

    private AnswerSchema() {
    }
}
