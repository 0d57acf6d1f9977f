/**
 * The trade journal and loss review as plain Java: a bot's position followed from open to FLAT
 * ({@link io.quorum.signal.journal.TradeTracker}) gives a {@link io.quorum.signal.journal.ClosedTrade} with its
 * own result; a losing one is reviewed by an LLM ({@link io.quorum.signal.journal.ReviewPrompt} asks,
 * {@link io.quorum.signal.journal.LessonReader} reads the answer) and the lesson enters the bot's later prompts.
 * Storage and wiring live in {@code cycle}.
 */
package io.quorum.signal.journal;
