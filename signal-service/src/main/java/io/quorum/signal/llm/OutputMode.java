package io.quorum.signal.llm;

/**
 * How an endpoint is asked for a structured answer. Providers differ: OpenAI takes a JSON schema,
 * DeepSeek and many local servers only a plain JSON mode, some nothing at all — then the model is
 * asked for a fenced {@code ```json} block and the answer is cut out of the text.
 */
public enum OutputMode {
    /** {@code response_format: {type: json_schema}} with the vote's schema. */
    JSON_SCHEMA,
    /** {@code response_format: {type: json_object}}; the schema is described in the prompt. */
    JSON_MODE,
    /** No response format; the prompt asks for one fenced JSON block. */
    FENCED_TEXT
}
