package io.quorum.contracts.orders;

/**
 * What an approval's slippage estimate rests on. {@code BOOK}: the order walked a fresh order book;
 * {@code RESTING}: a limit order that does not cross the book rests and slips nothing; {@code NO_BOOK} and
 * {@code STALE_BOOK}: no book, or none recent enough, so nothing was estimated or scaled (paper and replay
 * have no book); {@code REDUCE_ONLY}: closing orders are never scaled, so not estimated.
 */
public enum SlippageBasis {
    BOOK, RESTING, NO_BOOK, STALE_BOOK, REDUCE_ONLY
}
