package io.quorum.contracts.executions;

/** Direction of a position; FLAT when it holds nothing. */
public enum PositionSide {
    LONG,
    SHORT,
    FLAT
}
