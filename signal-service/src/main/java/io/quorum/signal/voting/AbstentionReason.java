package io.quorum.signal.voting;

/** Why a voter said nothing; kept apart from the free-text detail so failures can be counted by kind. */
public enum AbstentionReason {
    TIMEOUT,
    RATE_LIMITED,
    SERVER_ERROR,
    GARBAGE_ANSWER,
    OVER_BUDGET,
    NOT_ENOUGH_DATA
}
