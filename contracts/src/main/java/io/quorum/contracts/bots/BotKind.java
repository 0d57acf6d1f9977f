package io.quorum.contracts.bots;

/** What decides a bot's trades. */
public enum BotKind {
    GRID,
    AI_TREND
}
