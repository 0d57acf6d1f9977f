/**
 * LLM voters: any OpenAI-compatible endpoint ({@link io.quorum.signal.llm.LlmProvider}) asked
 * through langchain4j for a structured vote — a JSON schema, JSON mode, or a fenced block as the
 * last resort — read and checked against the bot's rules into a {@code Vote}, or an
 * {@code Abstention} when no usable answer came. Every call is recorded
 * ({@link io.quorum.signal.llm.LlmCallLog}); {@link io.quorum.signal.llm.RecordedAnswers} answers a
 * replay from that record. {@link io.quorum.signal.llm.VotingRound} asks a panel concurrently.
 */
package io.quorum.signal.llm;
