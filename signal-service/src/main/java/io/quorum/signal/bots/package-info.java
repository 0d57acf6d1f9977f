/**
 * What the signal service knows of each AI trend bot, from the lifecycle and positions topics: its
 * owner, symbol, budget, leverage and {@code TrendSpec} ({@code AiBots}), RUNNING until a stop is
 * requested, and its latest position ({@code Positions}).
 */
package io.quorum.signal.bots;
