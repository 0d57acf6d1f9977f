package io.quorum.contracts.orders;

/** A limit order rests at its price; a market order takes the best price available. */
public enum OrderType {
    LIMIT,
    MARKET
}
